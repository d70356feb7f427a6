"""The project's own code is linted, formatted and typed like the code it teaches from: ruff (one
configuration in pyproject.toml) over the tools, the tests and the samples, mypy over the tools. A
sample that is wrong on purpose is listed in pyproject.toml with the rule it breaks and why
(per-file ignores: the page shows the sample without a noqa comment)."""

import subprocess
import sys
from pathlib import Path

from tools import pages

BIN = Path(sys.executable).parent
LINTED = ["tools", "tests", "snippets"]


def run(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        argv, cwd=pages.ROOT, capture_output=True, text=True, timeout=300
    )


def test_ruff_finds_nothing():
    result = run(str(BIN / "ruff"), "check", "--output-format", "concise", *LINTED)
    assert result.returncode == 0, (
        f"ruff check (fix what it can: uv run ruff check --fix):\n{result.stdout}{result.stderr}"
    )


def test_code_is_formatted():
    result = run(str(BIN / "ruff"), "format", "--check", *LINTED)
    assert result.returncode == 0, (
        f"Not formatted (run: uv run ruff format):\n{result.stdout}{result.stderr}"
    )


def test_tools_are_typed():
    result = run(str(BIN / "mypy"))
    assert result.returncode == 0, f"mypy (tools/):\n{result.stdout}{result.stderr}"
