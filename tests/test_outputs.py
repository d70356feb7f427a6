"""Every output shown on a page matches a fresh run of its sample (see tools/outputs.py)."""

import pytest

from tools import outputs


@pytest.mark.parametrize("output", outputs.discover(), ids=lambda o: str(o.rel.relative_to("snippets")))
def test_output_matches_a_fresh_run(output, pytester, monkeypatch, request):
    outputs.check(output, pytester, monkeypatch, request.config)
