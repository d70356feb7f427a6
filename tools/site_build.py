"""The site as the tests read it: one `mkdocs build --strict` of every language per test run, shared
by the pytest-xdist workers, built as GitHub Pages serves a project site (under a path).

The first process that needs it builds it, under a lock; the others wait and use it, or its
failure. An incremental run that has site tests to decide on starts the build as soon as it knows
(tools/incremental.py): the build then runs on the other core while pytest collects.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tools import pages

SITE_URL = "http://127.0.0.1:8000/testing-async-python/"
SITE_PATH = "/testing-async-python/"


def command(site_dir: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "--site-dir",
        str(site_dir),
    ]


def environment() -> dict[str, str]:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": SITE_URL}


def run_dir(config: pytest.Config) -> Path:
    """The directory the run's processes share: the run's temporary directory (a worker's own is
    one level below it)."""
    # pytest keeps its temporary-directory factory on the config; fixtures reach it the same way.
    base = config._tmp_path_factory.getbasetemp()  # type: ignore[attr-defined]
    return base.parent if hasattr(config, "workerinput") else base


def _finish(directory: Path, returncode: int, stderr: str) -> None:
    """Whole, or not at all: the built site appears under its name only once the build passed."""
    if returncode:
        (directory / "site-build-failed.txt").write_text(
            f"mkdocs build --strict failed:\n{stderr}", encoding="utf-8"
        )
    else:
        (directory / "site-building").rename(directory / "site")


def start(config: pytest.Config) -> None:
    """Start the build in the background; a thread holds the lock until it is done."""
    directory = run_dir(config)
    lock = open(directory / "site.lock", "w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    if (directory / "site").is_dir() or (directory / "site-build-failed.txt").exists():
        lock.close()
        return
    process = subprocess.Popen(
        command(directory / "site-building"),
        cwd=pages.ROOT,
        env=environment(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )

    def wait() -> None:
        try:
            _, stderr = process.communicate(timeout=300)
            _finish(directory, process.returncode, stderr)
        except subprocess.TimeoutExpired:
            process.kill()
            _finish(directory, 1, "the build took more than 300 s")
        finally:
            lock.close()

    threading.Thread(target=wait, daemon=True).start()


def built(config: pytest.Config) -> tuple[Path | None, str | None]:
    """The run's built site, building it if no process has: (its directory, None), or (None, why
    the build failed)."""
    directory = run_dir(config)
    with open(directory / "site.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        site, failed = directory / "site", directory / "site-build-failed.txt"
        if not site.is_dir() and not failed.exists():
            result = subprocess.run(
                command(directory / "site-building"),
                cwd=pages.ROOT,
                env=environment(),
                capture_output=True,
                text=True,
                timeout=300,
            )
            _finish(directory, result.returncode, result.stderr)
    if failed.exists():
        return None, failed.read_text(encoding="utf-8")
    return site, None
