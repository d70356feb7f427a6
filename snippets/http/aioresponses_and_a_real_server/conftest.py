"""aioresponses 0.7.9 on aiohttp >= 3.14: a compatibility shim (aioresponses issue #289).

aiohttp 3.14 added a required keyword-only argument, `stream_writer`, to ClientResponse.
aioresponses 0.7.9 builds its fake responses without it, so every mocked request raises
TypeError. Delete this shim once an aioresponses release supports aiohttp 3.14.
"""

import inspect
import types

import pytest
from aiohttp import ClientResponse
from aioresponses import aioresponses

NEEDS_SHIM = "stream_writer" in inspect.signature(ClientResponse.__init__).parameters


class CompatClientResponse(ClientResponse):
    """A ClientResponse that aioresponses can build without a `stream_writer`."""

    def __init__(self, method, url, *, stream_writer=None, **kwargs):
        if stream_writer is None:
            # A fake response has no upload in flight (aioresponses passes writer=None), and
            # then aiohttp only reads the number of bytes sent from the stream writer.
            stream_writer = types.SimpleNamespace(output_size=0)
        super().__init__(method, url, stream_writer=stream_writer, **kwargs)


@pytest.fixture
def aioresponses_compat(monkeypatch):
    """For one test, aioresponses builds CompatClientResponse instead of ClientResponse."""
    if NEEDS_SHIM:
        monkeypatch.setattr("aioresponses.core.ClientResponse", CompatClientResponse)


@pytest.fixture
def mock_aiohttp(aioresponses_compat):
    """aioresponses, started for the duration of one test."""
    with aioresponses() as mocked:
        yield mocked
