import asyncio

import pytest


@pytest.mark.asyncio
@pytest.mark.looptime  # the tutorial waits for real: about 0.15 s per run
async def test_async_queue_operations():
    """Test async queue operations."""

    queue = asyncio.Queue()

    async def producer():
        for i in range(5):
            await queue.put(i)
            await asyncio.sleep(0.01)

    async def consumer():
        items = []
        while True:
            try:
                item = await asyncio.wait_for(queue.get(), timeout=0.1)
                items.append(item)
                queue.task_done()
            except TimeoutError:
                break
        return items

    # Run producer and consumer concurrently
    producer_task = asyncio.create_task(producer())
    consumer_task = asyncio.create_task(consumer())

    await producer_task
    items = await consumer_task

    assert items == [0, 1, 2, 3, 4]
    assert queue.empty()
