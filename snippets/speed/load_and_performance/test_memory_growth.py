import pytest

from .memory_check import memory_growth
from .request_log import RequestLog


@pytest.mark.asyncio
async def test_request_log_keeps_memory_flat():
    log = RequestLog(size=100)
    assert await memory_growth(lambda: log.record(bytes(1000))) < 100  # bytes per call
    assert len(log.recent) == 100
