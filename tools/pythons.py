"""Verify the samples on every Python the guide supports that this machine has.

    uv run python -m tools.pythons              # every supported Python but the baseline
    uv run python -m tools.pythons 3.13         # one of them

The test command (`uv run pytest`) verifies everything on the baseline Python (.python-version),
whose outputs the pages show. This command runs every sample on the other supported Pythons, each
in an environment of its own (.cache/venvs/<version>, installed by uv with the same pins): the
samples must pass, or fail exactly as they declare, there too. A sample whose verdict depends on
the version declares it (e.g. `skipif(sys.version_info < (3, 12), ...)`). It writes what each run
verified to VERIFIED, which the versions page shows; the suite checks that the record covers the
current samples.

An interpreter is found by uv (`uv python find 3.12`), else under pyenv (~/.pyenv/versions/3.12.*),
else in TAP_PYTHON_3_12 (a path).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tools import environment, pages

# The guide's Pythons; the workflow's matrix lists the same.
SUPPORTED = (
    "3.11",
    "3.12",
    "3.13",
)
VERIFIED = pages.SNIPPETS / "getting_started" / "versions" / "verified_pythons.json"
SUMMARY = re.compile(r"^=* ?(?P<counts>\d+ \w+(?:, \d+ \w+)*) in [\d.]+s", re.MULTILINE)


def samples_digest() -> str:
    """What a verdict on the samples depends on: their code and configuration, and the pins."""
    h = hashlib.sha256(environment.PYPROJECT.read_bytes())
    for path in sorted(pages.SNIPPETS.rglob("*")):
        if (
            path.is_file()
            and path.suffix in (".py", ".toml", ".ini", ".cfg")
            and "__pycache__" not in path.parts
        ):
            h.update(
                str(path.relative_to(pages.ROOT)).encode() + b"\0" + path.read_bytes()
            )
    return h.hexdigest()[:16]


def find_python(version: str) -> str | None:
    if explicit := os.environ.get(f"TAP_PYTHON_{version.replace('.', '_')}"):
        return explicit
    uv = shutil.which("uv")
    if uv:
        found = subprocess.run(
            [uv, "python", "find", version], capture_output=True, text=True
        )
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.strip()
    candidates = sorted(
        Path.home().glob(f".pyenv/versions/{version}.*/bin/python{version}")
    )
    return str(candidates[-1]) if candidates else None


def verify(version: str, python: str) -> dict:
    """Install the pinned environment for `python` and run every sample there."""
    venv = pages.ROOT / ".cache" / "venvs" / version
    env = {**os.environ, "UV_PROJECT_ENVIRONMENT": str(venv)}
    print(
        f"Python {version}: installing the pinned environment into {venv.relative_to(pages.ROOT)}",
        flush=True,
    )
    subprocess.run(
        ["uv", "sync", "--python", python, "--quiet"],
        cwd=pages.ROOT,
        env=env,
        check=True,
    )
    interpreter = venv / "bin" / "python"
    patch = subprocess.run(
        [str(interpreter), "-c", "import platform; print(platform.python_version())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    print(f"Python {patch}: running every sample", flush=True)
    run = subprocess.run(
        [
            str(interpreter),
            "-m",
            "pytest",
            "snippets",
            "-q",
            "-p",
            "no:randomly",
            "-n",
            "auto",
            "--verify-all",
            "-o",
            "console_output_style=classic",
        ],
        cwd=pages.ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    summary = SUMMARY.findall(run.stdout)
    counts = summary[-1] if summary else "no summary"
    print(
        run.stdout[-3000:] if run.returncode else f"Python {patch}: {counts}",
        flush=True,
    )
    return {"python": patch, "passed": run.returncode == 0, "result": counts}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.pythons",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "versions", nargs="*", metavar="VERSION", help=f"of {', '.join(SUPPORTED[1:])}"
    )
    args = parser.parse_args(argv)
    wanted = args.versions or list(SUPPORTED[1:])
    record = (
        json.loads(VERIFIED.read_text(encoding="utf-8")) if VERIFIED.exists() else {}
    )
    digest = samples_digest()
    if record.get("samples") != digest:
        record = {"samples": digest, "runs": {}}
    failed = []
    for version in wanted:
        if version not in SUPPORTED[1:]:
            parser.error(f"{version}: not one of {', '.join(SUPPORTED[1:])}")
        python = find_python(version)
        if python is None:
            print(
                f"Python {version}: not found (uv python find, ~/.pyenv/versions, TAP_PYTHON_"
                f"{version.replace('.', '_')}): skipped",
                file=sys.stderr,
            )
            failed.append(version)
            continue
        result = verify(version, python)
        if result["passed"]:
            record["runs"][version] = {
                "python": result["python"],
                "result": result["result"],
            }
        else:
            record["runs"].pop(version, None)
            failed.append(version)
    record["runs"] = dict(sorted(record["runs"].items()))
    VERIFIED.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(
        f"recorded in {VERIFIED.relative_to(pages.ROOT)}: "
        + (", ".join(record["runs"]) or "nothing")
    )
    return 1 if failed else 0


def baseline() -> str:
    return ".".join(platform.python_version_tuple()[:2])


if __name__ == "__main__":
    sys.exit(main())
