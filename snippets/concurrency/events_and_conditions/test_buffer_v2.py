import asyncio

import pytest

from .buffer_v2 import BoundedBuffer


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_two_producers_two_consumers_one_slot():
    buffer = BoundedBuffer(size=1)
    consumers = [asyncio.create_task(buffer.get()) for _ in range(2)]
    await asyncio.sleep(0)
    producers = [asyncio.create_task(buffer.put(item)) for item in ["a", "b"]]

    async with asyncio.timeout(1):
        assert sorted(await asyncio.gather(*consumers)) == ["a", "b"]
        await asyncio.gather(*producers)


@pytest.mark.asyncio
async def test_put_waits_while_the_buffer_is_full():
    buffer = BoundedBuffer(size=1)
    await buffer.put("a")
    putting = asyncio.create_task(buffer.put("b"))
    await asyncio.sleep(0)
    assert not putting.done()

    assert await buffer.get() == "a"
    await putting
    assert await buffer.get() == "b"
