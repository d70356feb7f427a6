import asyncio

import pytest


@pytest.mark.asyncio
@pytest.mark.looptime  # the tutorial's sleeps (0.01 s and 0.02 s) pass in loop time
async def test_async_condition_variable():
    """Test async condition variable for producer-consumer."""

    condition = asyncio.Condition()
    buffer = []
    buffer_size = 3
    sizes_seen = []  # added: how full the buffer was each time the consumer took an item

    async def producer():
        async with condition:
            for i in range(5):
                while len(buffer) >= buffer_size:
                    await condition.wait()
                buffer.append(i)
                condition.notify()
                await asyncio.sleep(0.01)

    async def consumer():
        consumed = []
        while len(consumed) < 5:
            async with condition:
                while not buffer:
                    await condition.wait()
                sizes_seen.append(len(buffer))
                item = buffer.pop(0)
                consumed.append(item)
                condition.notify()
            await asyncio.sleep(0.02)
        return consumed

    producer_task = asyncio.create_task(producer())
    consumer_task = asyncio.create_task(consumer())

    await producer_task
    consumed = await consumer_task

    assert consumed == [0, 1, 2, 3, 4]
    # Added: the producer sleeps while it holds the lock, so the consumer gets in only when
    # the buffer is full (the producer has to wait) or when the producer is done.
    assert sizes_seen == [3, 3, 3, 2, 1]
