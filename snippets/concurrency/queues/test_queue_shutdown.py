import asyncio
import sys

import pytest

pytestmark = pytest.mark.skipif(
    sys.version_info < (3, 13), reason="asyncio.Queue.shutdown() is new in Python 3.13"
)


async def consume(queue: asyncio.Queue, seen: list[int]) -> None:
    while True:
        try:
            item = await queue.get()
        except asyncio.QueueShutDown:  # shut down, and nothing left to take
            return
        seen.append(item)
        queue.task_done()


@pytest.mark.asyncio
async def test_consumers_drain_the_queue_then_stop():
    queue: asyncio.Queue[int] = asyncio.Queue()
    seen: list[int] = []
    consumers = [asyncio.create_task(consume(queue, seen)) for _ in range(2)]
    for item in range(5):
        await queue.put(item)
    queue.shutdown()
    await asyncio.gather(*consumers)  # no stop signal, no count of consumers
    assert sorted(seen) == [0, 1, 2, 3, 4]
    with pytest.raises(asyncio.QueueShutDown):
        await queue.put(5)


@pytest.mark.asyncio
async def test_an_immediate_shutdown_drops_what_is_queued():
    queue: asyncio.Queue[int] = asyncio.Queue()
    for item in range(3):
        queue.put_nowait(item)
    queue.shutdown(immediate=True)
    with pytest.raises(asyncio.QueueShutDown):
        queue.get_nowait()
    await queue.join()  # returns: the dropped items count as done
