# --8<-- [start:sample]
import asyncio

import pytest

from .buffer import BoundedBuffer


@pytest.mark.asyncio
@pytest.mark.looptime  # a wait that never ends times out at once, in loop time
async def test_two_producers_two_consumers_one_slot():
    buffer = BoundedBuffer(size=1)
    consumers = [asyncio.create_task(buffer.get()) for _ in range(2)]
    await asyncio.sleep(0)  # both consumers wait: the buffer is empty
    producers = [asyncio.create_task(buffer.put(item)) for item in ["a", "b"]]

    async with asyncio.timeout(1):
        assert sorted(await asyncio.gather(*consumers)) == ["a", "b"]
        await asyncio.gather(*producers)


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=TimeoutError,
    strict=True,
    reason="notify() wakes a consumer where a producer should wake",
)
