"""Prints how long the site's main loops take on this machine (not a test: figures, no asserts).

    uv run python -m tools.benchmark [--skip-serve]

- bare:    the samples alone (pytest snippets/), the floor of any run
- full:    the README's test command (uv run pytest), and its ratio to bare
- outputs: regenerating every output (--update-outputs), which runs each in a subprocess
- build:   mkdocs build --strict, both languages
- serve:   from saving a snippet to `mkdocs serve` serving the rebuilt page
- waiting: time the samples' event loops spent blocked in select() with a timeout (sleeps, timers)
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tools import pages

ROOT = pages.ROOT
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
PYTEST = [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly"]


def timed(argv: list[str], **kwargs) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    result = subprocess.run(argv, cwd=ROOT, env=ENV, capture_output=True, text=True, **kwargs)
    return time.perf_counter() - start, result


def last_line(result: subprocess.CompletedProcess) -> str:
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    return lines[-1] if lines else result.stderr.strip()[-200:]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_rebuild_seconds() -> float:
    """Edit a snippet shown on a page and wait until `mkdocs serve` serves the change."""
    port = free_port()
    sample = ROOT / "snippets/getting_started/quickstart/test_first_async_test.py"
    url = f"http://127.0.0.1:{port}/getting-started/quickstart/"
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}"],
                              cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    original = sample.read_text(encoding="utf-8")
    marker = f"benchmark-{time.time_ns()}"

    def page() -> str:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read().decode()
        except OSError:
            return ""

    try:
        deadline = time.monotonic() + 60
        while "Quickstart" not in page():
            if time.monotonic() > deadline:
                raise RuntimeError("mkdocs serve did not start")
            time.sleep(0.1)
        time.sleep(1)  # let the watcher settle
        sample.write_text(original + f"# {marker}\n", encoding="utf-8")
        start = time.perf_counter()
        while marker not in page():
            if time.perf_counter() - start > 60:
                raise RuntimeError("the page was not rebuilt within 60 s")
            time.sleep(0.05)
        return time.perf_counter() - start
    finally:
        sample.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait(timeout=10)


WAITING_PLUGIN = '''
import selectors, time, pytest
waited = [0.0]
for cls in {type(selectors.DefaultSelector())}:
    original = cls.select
    def select(self, timeout=None, _original=original):
        start = time.perf_counter()
        try:
            return _original(self, timeout)
        finally:
            if timeout is None or timeout > 0:
                waited[0] += time.perf_counter() - start
    cls.select = select
def pytest_terminal_summary(terminalreporter):
    terminalreporter.write_line(f"WAITED {waited[0]:.2f}")
'''


def main() -> None:
    figures: list[tuple[str, str]] = []
    bare, result = timed([*PYTEST, "snippets"])
    figures.append(("bare (pytest snippets/)", f"{bare:6.2f} s   {last_line(result)}"))
    full, result = timed([sys.executable, "-m", "pytest", "-q"])
    figures.append(("full (uv run pytest)", f"{full:6.2f} s   {last_line(result)}"))
    figures.append(("full / bare", f"{full / bare:6.2f}"))
    regen, result = timed([*PYTEST, "tests/test_outputs.py", "tests/test_examples.py", "--update-outputs"])
    figures.append(("regenerate outputs", f"{regen:6.2f} s   {last_line(result)}"))
    for label, extra in [("strict build, both languages", {}), ("strict build, English only", {"BUILD_ONLY_LOCALE": "en"})]:
        start = time.perf_counter()
        built = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", "/tmp/tap-benchmark-site"],
                               cwd=ROOT, env={**ENV, **extra}, capture_output=True, text=True)
        figures.append((label, f"{time.perf_counter() - start:6.2f} s   {'ok' if built.returncode == 0 else 'FAILED'}"))
    if "--skip-serve" not in sys.argv:
        figures.append(("snippet edit -> rebuilt page", f"{serve_rebuild_seconds():6.2f} s"))
    plugin_dir = Path("/tmp/tap-benchmark-plugin")
    plugin_dir.mkdir(exist_ok=True)
    (plugin_dir / "tap_waiting.py").write_text(WAITING_PLUGIN)
    env = {**ENV, "PYTHONPATH": f"{plugin_dir}{os.pathsep}{ENV.get('PYTHONPATH', '')}"}
    result = subprocess.run([*PYTEST, "-p", "tap_waiting", "snippets"], cwd=ROOT, env=env, capture_output=True, text=True)
    waited = re.search(r"WAITED ([\d.]+)", result.stdout)
    figures.append(("event loops waiting (samples)", f"{float(waited[1]) if waited else float('nan'):6.2f} s"))
    width = max(len(label) for label, _ in figures)
    for label, value in figures:
        print(f"{label:<{width}}  {value}")


if __name__ == "__main__":
    main()
