"""Prints how long the site's main loops take on this machine (not a test: figures, no asserts).

    uv run python -m tools.benchmark [--skip-serve]

- bare:    the samples alone (pytest snippets/), the floor of any run
- full:    the README's test command (uv run pytest), and its ratio to bare
- outputs: regenerating every output (--update-outputs), which runs each in a subprocess
- build:   mkdocs build --strict, both languages and each alone
- serve:   from saving a snippet to `mkdocs serve` serving the rebuilt page
- waiting: real time spent in time.sleep() and asyncio.sleep(), in the samples alone and in every
           pytest process of the full run (output runs in a subprocess are not counted)
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from tools import pages

ROOT = pages.ROOT
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
PYTEST = [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly"]


def timed(argv: list[str], **kwargs) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    result = subprocess.run(
        argv, cwd=ROOT, env=ENV, capture_output=True, text=True, **kwargs
    )
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
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "serve",
            "--livereload",
            "-a",
            f"127.0.0.1:{port}",
        ],
        cwd=ROOT,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
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


WAITING_PLUGIN = """
import asyncio, os, time
waited = [0.0]
clock, sleep, asleep = time.perf_counter, time.sleep, asyncio.sleep
def counted_sleep(seconds):
    start = clock()
    try:
        sleep(seconds)
    finally:
        waited[0] += clock() - start
async def counted_asleep(delay, result=None):
    if delay <= 0:
        return await asleep(delay, result)
    start = clock()  # real time: under looptime's virtual clock a long sleep ends at once
    try:
        return await asleep(delay, result)
    finally:
        waited[0] += clock() - start
time.sleep, asyncio.sleep = counted_sleep, counted_asleep
def pytest_unconfigure(config):
    with open(os.environ["TAP_WAITED_FILE"], "a") as f:  # one line per pytest process (xdist workers too)
        f.write(f"{waited[0]}\\n")
"""


def waited_seconds(argv: list[str]) -> float:
    """Real seconds that every pytest process of `argv` spent in time.sleep() or asyncio.sleep()."""
    plugin_dir = Path(tempfile.mkdtemp(prefix="tap-benchmark-"))
    (plugin_dir / "tap_waiting.py").write_text(WAITING_PLUGIN)
    record = plugin_dir / "waited.txt"
    env = {
        **ENV,
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(plugin_dir), ENV.get("PYTHONPATH")])
        ),
        "TAP_WAITED_FILE": str(record),
    }
    subprocess.run(
        [*argv, "-p", "tap_waiting"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    return (
        sum(float(line) for line in record.read_text().split())
        if record.exists()
        else float("nan")
    )


AREAS = [
    ("samples", "snippets/"),
    ("outputs", "tests/test_outputs.py"),
    ("browser", "tests/test_browser.py"),
    ("self-test", "tests/test_self.py"),
    ("site build + checks", "tests/test_site.py"),
    ("other checks", "tests/"),
]


def areas(result: subprocess.CompletedProcess) -> str:
    """Where the full run's test time went (setup + call + teardown, summed over workers)."""
    spent = dict.fromkeys((name for name, _ in AREAS), 0.0)
    for seconds, path in re.findall(
        r"^([\d.]+)s (?:setup|call|teardown)\s+(\S+?)::", result.stdout, re.MULTILINE
    ):
        spent[next(name for name, prefix in AREAS if path.startswith(prefix))] += float(
            seconds
        )
    return ", ".join(f"{name} {seconds:.1f} s" for name, seconds in spent.items())


def main() -> None:
    figures: list[tuple[str, str]] = []
    bare, result = timed([*PYTEST, "snippets"])
    figures.append(("bare (pytest snippets/)", f"{bare:6.2f} s   {last_line(result)}"))
    full, result = timed([sys.executable, "-m", "pytest", "-q", "--durations=0"])
    figures.append(("full (uv run pytest)", f"{full:6.2f} s   {last_line(result)}"))
    figures.append(("full / bare", f"{full / bare:6.2f}"))
    figures.append(("  test time by area", areas(result)))
    regen, result = timed(
        [*PYTEST, "tests/test_outputs.py", "tests/test_examples.py", "--update-outputs"]
    )
    figures.append(("regenerate outputs", f"{regen:6.2f} s   {last_line(result)}"))
    for label, config in [
        ("strict build, every language", "mkdocs.yml"),
        ("strict build, Japanese only", "mkdocs.ja.yml"),
    ]:
        start = time.perf_counter()
        built = subprocess.run(
            [
                sys.executable,
                "-m",
                "mkdocs",
                "build",
                "--strict",
                "-q",
                "-f",
                config,
                "-d",
                tempfile.mkdtemp(),
            ],
            cwd=ROOT,
            env=ENV,
            capture_output=True,
            text=True,
        )
        figures.append(
            (
                label,
                f"{time.perf_counter() - start:6.2f} s   {'ok' if built.returncode == 0 else 'FAILED'}",
            )
        )
    if "--skip-serve" not in sys.argv:
        figures.append(
            ("snippet edit -> rebuilt page", f"{serve_rebuild_seconds():6.2f} s")
        )
    figures.append(
        (
            "sleeping, samples (bare run)",
            f"{waited_seconds([*PYTEST, 'snippets']):6.2f} s",
        )
    )
    figures.append(
        (
            "sleeping, whole suite",
            f"{waited_seconds([sys.executable, '-m', 'pytest', '-q']):6.2f} s"
            "   (+ 4 browser waits for an idle network, 0.5 s each)",
        )
    )
    width = max(len(label) for label, _ in figures)
    for label, value in figures:
        print(f"{label:<{width}}  {value}")


if __name__ == "__main__":
    main()
