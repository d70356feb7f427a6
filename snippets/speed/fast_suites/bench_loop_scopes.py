"""Run the same tests with a server per test and with one server per session, and compare.

Counts come from pytest's own --setup-show report; times are pytest's own, for the whole run.
"""

import re
import subprocess
import sys

REPEAT = 20  # pytest-repeat: each of the 3 tests runs 20 times


def run(test_file: str) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            test_file,
            f"--count={REPEAT}",
            "--setup-show",
            "-q",
            "-p",
            "no:cacheprovider",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    report = result.stdout
    loops = len(re.findall(r"SETUP    [FS] _(function|session)_scoped_runner", report))
    servers = len(re.findall(r"SETUP    [FS] api\b", report))
    tests = re.search(r"(\d+) passed", report)[1]
    seconds = float(re.search(r"passed in ([\d.]+)s", report)[1])
    print(f"{test_file:<28} {tests:>5} {loops:>11} {servers:>7} {seconds:>7.2f} s")


print(f"{'':<28} {'tests':>5} {'event loops':>11} {'servers':>7} {'time':>9}")
run("test_server_per_test.py")
run("test_server_per_session.py")
