import asyncio

import pytest

from .buffer import BoundedBuffer


@pytest.mark.asyncio
async def test_put_waits_while_the_buffer_is_full():
    buffer = BoundedBuffer(size=1)
    await buffer.put("a")
    putting = asyncio.create_task(buffer.put("b"))
    await asyncio.sleep(0)
    assert not putting.done()  # full: put() waits

    assert await buffer.get() == "a"
    await putting  # get() made room and woke it
    assert await buffer.get() == "b"


@pytest.mark.asyncio
async def test_get_waits_while_the_buffer_is_empty():
    buffer = BoundedBuffer(size=1)
    getting = asyncio.create_task(buffer.get())
    await asyncio.sleep(0)
    assert not getting.done()  # empty: get() waits

    await buffer.put("a")
    assert await getting == "a"


@pytest.mark.asyncio
async def test_one_producer_one_consumer():
    buffer = BoundedBuffer(size=3)

    async def produce() -> None:
        for i in range(5):
            await buffer.put(i)

    producing = asyncio.create_task(produce())
    consumed = [await buffer.get() for _ in range(5)]
    await producing
    assert consumed == [0, 1, 2, 3, 4]
