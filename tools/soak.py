"""Runs the whole suite N times in random order while the other core is busy; reports failures.

    uv run python -m tools.soak            # 30 runs
    uv run python -m tools.soak 5 -- -x    # 5 runs, extra pytest arguments after --

Each run uses a new pytest-randomly seed; a failing run prints its seed, so that
`uv run pytest -n0 --randomly-seed=SEED` replays the same order in one process (a run spread over
workers also depends on which worker takes which test).
"""

from __future__ import annotations

import multiprocessing
import os
import random
import re
import subprocess
import sys
import time

from tools import pages


def burn(stop) -> None:
    while not stop.is_set():
        sum(i * i for i in range(10_000))


def why(result: subprocess.CompletedProcess) -> str:
    """What a failed run said, without the expected outcomes that bury it (a run can fail after
    every test passed: the line-coverage gate, leftovers in the databases)."""
    said = [
        line
        for line in result.stdout.splitlines()
        if not line.startswith(("XFAIL", "XPASS", "SKIPPED", "PASSED"))
    ]
    return "\n".join(said)[-4000:] + "\n" + result.stderr[-1000:]


def main(argv: list[str]) -> int:
    runs = int(argv[0]) if argv and argv[0].isdigit() else 30
    extra = argv[argv.index("--") + 1 :] if "--" in argv else []
    stop = multiprocessing.Event()
    load = multiprocessing.Process(target=burn, args=(stop,), daemon=True)
    load.start()
    failures = []
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    try:
        for run in range(1, runs + 1):
            seed = random.randrange(2**32)
            start = time.perf_counter()
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pytest",
                    "-q",
                    "-p",
                    "randomly",
                    f"--randomly-seed={seed}",
                    "--verify-all",  # every run verifies everything, not what changed
                    *extra,
                ],
                cwd=pages.ROOT,
                env=env,
                capture_output=True,
                text=True,
            )
            summary = next(
                (
                    line
                    for line in reversed(result.stdout.splitlines())
                    if re.search(r"\d+ (passed|failed)", line)
                ),
                result.stdout.strip().splitlines()[-1:] or ["(no summary)"],
            )
            print(
                f"run {run:2}/{runs}  seed {seed:10}  {time.perf_counter() - start:5.1f} s  "
                f"{'ok  ' if result.returncode == 0 else 'FAIL'}  {summary}",
                flush=True,
            )
            if result.returncode != 0:
                failures.append((seed, why(result)))
    finally:
        stop.set()
        load.join(timeout=5)
    print(f"\n{runs} runs, {len(failures)} failed")
    for seed, output in failures:
        print(f"\n--- seed {seed} ---\n{output}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
