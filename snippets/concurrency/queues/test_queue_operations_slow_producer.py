# --8<-- [start:sample]
import asyncio

import pytest


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_async_queue_operations():
    queue = asyncio.Queue()

    async def producer():
        for i in range(5):
            await queue.put(i)
            await asyncio.sleep(0.2)  # a slower producer: 0.2 s between items

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

    producer_task = asyncio.create_task(producer())
    consumer_task = asyncio.create_task(consumer())

    await producer_task
    items = await consumer_task

    assert items == [0, 1, 2, 3, 4]


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=AssertionError,
    strict=True,
    reason="the consumer stops at the first 0.1 s of silence",
)
