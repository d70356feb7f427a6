"""Prints how long the site's main loops take on this machine: figures, never asserted in tests.

    uv run python -m tools.benchmark                  # everything (about 15 minutes)
    uv run python -m tools.benchmark --skip lighthouse serve

What it measures:
- the samples alone (pytest snippets/), the floor of any run;
- the whole suite verifying everything (`--verify-all`, as CI), per verified artifact (a sample
  file other than __init__.py, or an output), per page and per output, and where its time goes;
  then the same without the accessibility audit;
- edit -> verdict: the README's test command after one snippet edit (after the part its page
  shows, then inside it) and after one page edit, with the record of earlier runs (incremental
  verification);
- regenerating every output; strict builds (every language, Japanese alone, per page);
- from saving a snippet to `mkdocs serve` serving the rebuilt page;
- real time spent sleeping, in the samples and in every pytest process of the full run;
- Lighthouse 12.2.3 (npm, on Node 20, driving the system's Chromium): mobile and desktop
  performance and accessibility of each language's home page and longest page.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from tools import outputs, pages

ROOT = pages.ROOT
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
PYTEST = [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly"]
LIGHTHOUSE = "lighthouse@12.2.3"
CHROMIUM = (
    os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
)
Figures = list[tuple[str, str]]


def timed(
    argv: list[str], env: dict | None = None, **kwargs
) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    result = subprocess.run(
        argv, cwd=ROOT, env=env or ENV, capture_output=True, text=True, **kwargs
    )
    return time.perf_counter() - start, result


def summary(result: subprocess.CompletedProcess) -> str:
    found = re.findall(
        r"^=*\s*(\d+ (?:passed|failed).*?) in [\d.]+s", result.stdout, re.MULTILINE
    )
    return (
        found[-1]
        if found
        else (result.stdout.strip().splitlines() or [result.stderr[-200:]])[-1]
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def artifacts() -> tuple[int, int]:
    samples = [p for p in pages.snippet_files() if p.name != "__init__.py"]
    return len(samples), len(outputs.discover())


# -- the suite -----------------------------------------------------------------------------------

AREAS = [
    ("samples", "snippets/"),
    ("outputs", "tests/test_outputs.py"),
    ("accessibility", "tests/test_accessibility.py"),
    ("browser", "tests/test_browser.py"),
    ("downloads", "tests/test_downloads.py"),
    ("self-test", "tests/test_self.py"),
    ("site checks", "tests/test_site.py"),
    ("other checks", "tests/"),
]


def areas(result: subprocess.CompletedProcess) -> str:
    """Where the run's test time went (setup + call + teardown, summed over workers)."""
    spent = dict.fromkeys((name for name, _ in AREAS), 0.0)
    for seconds, path in re.findall(
        r"^([\d.]+)s (?:setup|call|teardown)\s+(\S+?)::", result.stdout, re.MULTILINE
    ):
        if float(seconds) < 3600:
            spent[next(name for name, prefix in AREAS if path.startswith(prefix))] += (
                float(seconds)
            )
    return ", ".join(f"{name} {seconds:.1f} s" for name, seconds in spent.items())


def suite(figures: Figures) -> None:
    bare, result = timed([*PYTEST, "snippets"])
    figures.append(("bare (pytest snippets/)", f"{bare:6.2f} s   {summary(result)}"))
    full, result = timed([*PYTEST, "--verify-all", "--durations=0"])
    samples, outs = artifacts()
    figures.append(
        ("full (uv run pytest --verify-all)", f"{full:6.2f} s   {summary(result)}")
    )
    figures.append(
        (
            "  per verified artifact",
            f"{full / (samples + outs):6.3f} s   ({samples} sample files + {outs} outputs)",
        )
    )
    figures.append(
        (
            "  per page, per output",
            f"{full / len(pages.pages()):6.3f} s   {full / outs:6.3f} s   "
            f"({len(pages.pages())} pages)",
        )
    )
    figures.append(("  test time by area", areas(result)))
    # The audit (every page in Chromium, in two colour themes) is most of a full run's time.
    lean, result = timed(
        [*PYTEST, "--verify-all", "--ignore=tests/test_accessibility.py"]
    )
    figures.append(
        (
            "  without the accessibility audit",
            f"{lean:6.2f} s   {lean / (samples + outs):6.3f} s per artifact   "
            f"{summary(result)}",
        )
    )


@contextmanager
def edited(path: Path, text: str):
    original = path.read_text(encoding="utf-8")
    path.write_text(original + text, encoding="utf-8")
    try:
        yield
    finally:
        path.write_text(original, encoding="utf-8")


def a_sample_with_a_declared_outcome() -> Path:
    """A sample whose file goes on after the part its page shows: an edit there changes no page."""
    return next(
        p
        for p in sorted(pages.SNIPPETS.rglob("test_*.py"))
        if "[end:sample]" in p.read_text(encoding="utf-8")
        and "pytestmark" in p.read_text(encoding="utf-8")
    )


@contextmanager
def edited_in_the_shown_part(path: Path):
    """A comment line added at the end of the part the page shows: the page and the download
    change, and the Japanese page is behind its English source (the verdict is that failure)."""
    original = path.read_text(encoding="utf-8")
    marker = f"[end:{pages.SHOWN_SECTION}]"
    lines = original.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if marker in line)
    lines.insert(at, f"# benchmark: an edit the page shows ({time.time_ns()})\n")
    path.write_text("".join(lines), encoding="utf-8")
    try:
        yield
    finally:
        path.write_text(original, encoding="utf-8")


def edit_to_verdict(figures: Figures) -> None:
    """The README's test command after one edit, with the record of the run before it."""
    env = {k: v for k, v in ENV.items() if k != "CI"}
    # The record: everything verified, as after a contributor's first run.
    timed(PYTEST, env=env)
    sample = a_sample_with_a_declared_outcome()
    with edited(
        sample, f"\n# benchmark: an edit after the shown part ({time.time_ns()})\n"
    ):
        took, result = timed(PYTEST, env=env)
    figures.append(
        (
            "edit -> verdict: a snippet",
            f"{took:6.2f} s   {summary(result)}   ({sample.relative_to(ROOT)})",
        )
    )
    timed(PYTEST, env=env)
    with edited_in_the_shown_part(sample):
        took, result = timed(PYTEST, env=env)
    figures.append(
        (
            "edit -> verdict: the shown part of a snippet",
            f"{took:6.2f} s   {summary(result)}   ({sample.relative_to(ROOT)})",
        )
    )
    timed(PYTEST, env=env)
    page = ROOT / "docs" / "ja" / "foundations" / "structured-concurrency.md"
    with edited(page, f"\nベンチマークのための編集です（{time.time_ns()}）。\n"):
        took, result = timed(PYTEST, env=env)
    figures.append(
        (
            "edit -> verdict: a page",
            f"{took:6.2f} s   {summary(result)}   ({page.relative_to(ROOT)})",
        )
    )
    timed(PYTEST, env=env)  # the record again, for the contributor's next run


def regeneration(figures: Figures) -> None:
    took, result = timed(
        [*PYTEST, "tests/test_outputs.py", "tests/test_examples.py", "--update-outputs"]
    )
    figures.append(("regenerate every output", f"{took:6.2f} s   {summary(result)}"))


def builds(figures: Figures) -> None:
    count = len(pages.pages())
    for label, config, n in [
        ("strict build, every language", "mkdocs.yml", count),
        ("strict build, Japanese alone", "mkdocs.ja.yml", len(pages.pages("ja"))),
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
        took = time.perf_counter() - start
        state = "ok" if built.returncode == 0 else "FAILED"
        figures.append(
            (label, f"{took:6.2f} s   {took / n:6.3f} s per page ({n} pages)   {state}")
        )


def serve_rebuild(figures: Figures) -> None:
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

    def page() -> str:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read().decode()
        except OSError:
            return ""

    marker = f"benchmark-{time.time_ns()}"
    try:
        deadline = time.monotonic() + 120
        while "Quickstart" not in page():
            if time.monotonic() > deadline:
                raise RuntimeError("mkdocs serve did not start")
            time.sleep(0.1)
        time.sleep(1)  # let the watcher settle
        with edited(sample, f"# {marker}\n"):
            start = time.perf_counter()
            while marker not in page():
                if time.perf_counter() - start > 60:
                    raise RuntimeError("the page was not rebuilt within 60 s")
                time.sleep(0.05)
            took = time.perf_counter() - start
    finally:
        # Ctrl-C, not SIGTERM: mkdocs serve removes its temporary site only on KeyboardInterrupt.
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    figures.append(
        (
            "snippet edit -> page served again",
            f"{took:6.2f} s   (mkdocs serve, both languages)",
        )
    )


def waited_seconds(argv: list[str]) -> float:
    """Real seconds every pytest process of `argv` spent in time.sleep() or asyncio.sleep()."""
    record = Path(tempfile.mkdtemp(prefix="tap-benchmark-")) / "waited.txt"
    subprocess.run(
        [*argv, "-p", "tools.measure_sleeping"],
        cwd=ROOT,
        env={**ENV, "TAP_WAITED_FILE": str(record)},
        capture_output=True,
        text=True,
    )
    return (
        sum(float(line) for line in record.read_text().split())
        if record.exists()
        else float("nan")
    )


def sleeping(figures: Figures) -> None:
    figures.append(
        ("sleeping, the samples", f"{waited_seconds([*PYTEST, 'snippets']):6.2f} s")
    )
    figures.append(
        (
            "sleeping, the whole suite",
            f"{waited_seconds([*PYTEST, '--verify-all']):6.2f} s",
        )
    )


# -- Lighthouse ----------------------------------------------------------------------------------


def longest_page(language: str) -> Path:
    return max(pages.pages(language), key=lambda p: (ROOT / p).stat().st_size)


def lighthouse(figures: Figures) -> None:
    """Lighthouse on the built site, served under a path as GitHub Pages serves a project site."""
    import functools
    import http.server
    import threading

    from tests.conftest import SITE_PATH, SITE_URL, StaticSite

    npx = shutil.which("npx")
    if npx is None:
        figures.append(("lighthouse", "skipped: npx (Node.js) not found"))
        return
    site = Path(tempfile.mkdtemp(prefix="tap-lighthouse-")) / "site"
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)],
        cwd=ROOT,
        env={**ENV, "SITE_URL": SITE_URL},
        check=True,
        capture_output=True,
    )
    handler = functools.partial(StaticSite, directory=str(site))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}{SITE_PATH}"
        targets = [("home, en", ""), ("home, ja", "ja/")]
        targets += [
            (
                f"longest page, {lang} ({longest_page(lang).name})",
                pages.site_path(longest_page(lang)),
            )
            for lang in pages.LANGUAGES
        ]
        for label, path in targets:
            scores = []
            for preset in ("mobile", "desktop"):
                args = [
                    npx,
                    "--yes",
                    LIGHTHOUSE,
                    base + path,
                    "--output=json",
                    "--quiet",
                    "--only-categories=performance,accessibility",
                    "--chrome-flags=--headless --no-sandbox",
                ]
                if preset == "desktop":
                    args.append("--preset=desktop")
                run = subprocess.run(
                    args,
                    capture_output=True,
                    text=True,
                    env={**ENV, "CHROME_PATH": CHROMIUM},
                )
                try:
                    report = json.loads(run.stdout)["categories"]
                    scores.append(
                        f"{preset}: performance {report['performance']['score'] * 100:3.0f}, "
                        f"accessibility {report['accessibility']['score'] * 100:3.0f}"
                    )
                except (ValueError, KeyError, TypeError):
                    scores.append(
                        f"{preset}: failed ({(run.stderr or run.stdout).strip()[-160:]})"
                    )
            figures.append((f"lighthouse, {label}", "   ".join(scores)))
        server.shutdown()


STEPS = {
    "suite": suite,
    "edit": edit_to_verdict,
    "regenerate": regeneration,
    "build": builds,
    "serve": serve_rebuild,
    "sleeping": sleeping,
    "lighthouse": lighthouse,
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m tools.benchmark",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--skip", nargs="*", default=[], choices=list(STEPS), help="steps to leave out"
    )
    parser.add_argument(
        "--only", nargs="*", default=[], choices=list(STEPS), help="steps to run"
    )
    args = parser.parse_args(argv)
    figures: Figures = []
    for name, step in STEPS.items():
        if name in args.skip or (args.only and name not in args.only):
            continue
        step(figures)
        # Progress.
        print(f"{figures[-1][0]}: {figures[-1][1]}", file=sys.stderr, flush=True)
    width = max(len(label) for label, _ in figures)
    for label, value in figures:
        print(f"{label:<{width}}  {value}")


if __name__ == "__main__":
    main()
