"""Every sample was verified on every Python the guide supports (tools/pythons.py), for the samples
as they are now; the GitHub workflow's matrix runs the same Pythons."""

import os

import pytest
import yaml

from tools import pages, pythons


def test_the_samples_were_verified_on_every_supported_python():
    """Locally, samples that changed since the last run of tools.pythons are a skip with the
    command to run (it needs Python 3.12 and 3.13: uv installs them); in CI, a failure."""
    record = pythons.VERIFIED
    assert record.exists(), (
        f"{record.relative_to(pages.ROOT)} is missing: run uv run python -m tools.pythons"
    )
    data = yaml.safe_load(record.read_text(encoding="utf-8"))
    if data["samples"] != pythons.samples_digest() and not os.environ.get("CI"):
        pytest.skip(
            "the samples changed since they were verified on Python "
            + ", ".join(data["runs"])
            + ": run uv run python -m tools.pythons before you commit"
        )
    assert data["samples"] == pythons.samples_digest(), (
        "The samples changed since they were verified on "
        + ", ".join(data["runs"])
        + ": run uv run python -m tools.pythons (uv installs a Python it does not find)"
    )
    missing = [v for v in pythons.SUPPORTED[1:] if v not in data["runs"]]
    assert not missing, (
        f"Not verified on Python {', '.join(missing)}: run uv run python -m tools.pythons"
    )


def test_the_baseline_is_the_first_supported_python():
    from tools import environment

    assert pythons.SUPPORTED[0] == environment.python_version()


def test_the_workflow_runs_every_supported_python():
    workflow = yaml.safe_load(
        (pages.ROOT / ".github" / "workflows" / "docs.yml").read_text(encoding="utf-8")
    )
    matrix = workflow["jobs"]["samples"]["strategy"]["matrix"]["python"]
    assert list(matrix) == list(pythons.SUPPORTED[1:]), (
        f".github/workflows/docs.yml: the samples job's matrix {matrix} should be {list(pythons.SUPPORTED[1:])}"
    )
