# --8<-- [start:sample]
import asyncio

import pytest

from .cache import CacheUnavailable
from .forgetful_cache import ForgetfulCache


@pytest.mark.asyncio
@pytest.mark.looptime  # if the lookup were never woken, the timeout would fire at once
async def test_a_failed_load_wakes_the_waiting_lookups():
    async def failing_load() -> dict[str, str]:
        raise ConnectionError("database unreachable")

    cache = ForgetfulCache(failing_load)
    lookup = asyncio.create_task(cache.get("colour"))
    await asyncio.sleep(0)

    with pytest.raises(ConnectionError):
        await cache.warm_up()
    async with asyncio.timeout(1):
        with pytest.raises(CacheUnavailable):
            await lookup


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=TimeoutError,
    strict=True,
    reason="the failed load never sets the event: the lookup waits until the timeout",
)
