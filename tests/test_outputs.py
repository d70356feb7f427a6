"""Every output shown on a page matches a fresh run of its sample (see tools/outputs.py)."""

import pytest

from tools import outputs


@pytest.fixture
def collect_leftovers():
    """Set up before pytester, so torn down after it: then free what the in-process run of a
    sample that fails on purpose left behind (a never-awaited coroutine), quietly, as its
    subprocess run would have at exit."""
    yield
    outputs.collect_quietly()


@pytest.mark.parametrize(
    "output", outputs.discover(), ids=lambda o: str(o.rel.relative_to("snippets"))
)
def test_output_matches_a_fresh_run(
    collect_leftovers, output, pytester, monkeypatch, request
):
    outputs.check(output, pytester, monkeypatch, request.config)
