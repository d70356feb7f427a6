# --8<-- [start:sample]
import pytest

from .memory_check import memory_growth
from .request_log import ListRequestLog


@pytest.mark.asyncio
async def test_list_request_log_keeps_memory_flat():
    log = ListRequestLog(size=100)
    assert await memory_growth(lambda: log.record(bytes(1000))) < 100  # bytes per call


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=AssertionError,
    strict=True,
    reason="the list keeps every body: about 1 KB per call",
)
