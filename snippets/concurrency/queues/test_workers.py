import asyncio

import pytest

from .workers import QueueProcessor

pytestmark = [
    pytest.mark.asyncio,
    pytest.mark.looptime,  # a wait that never ends times out at once, in loop time
]


async def process(item: object) -> str:
    await asyncio.sleep(0)  # a real consumer would wait for I/O here
    return f"processed_{item}"


async def test_every_item_is_processed_once():
    processor = QueueProcessor(process)
    await processor.process_all([*range(10), None], consumers=3)
    assert sorted(processor.results) == sorted(
        f"processed_{i}" for i in [*range(10), None]
    )
    assert processor.queue.empty()


async def test_join_returns_when_every_item_is_done():
    processor = QueueProcessor(process)
    consumers = [asyncio.create_task(processor.consumer()) for _ in range(2)]
    for item in "abc":
        await processor.queue.put(item)
    async with asyncio.timeout(1):
        await processor.queue.join()  # every get() had its task_done()
    assert sorted(processor.results) == ["processed_a", "processed_b", "processed_c"]
    await processor.stop(consumers=2)
    await asyncio.gather(*consumers)


async def test_a_failing_item_does_not_stop_the_consumer():
    async def fussy(item: str) -> str:
        if item == "b":
            raise ValueError("cannot process b")
        return await process(item)

    processor = QueueProcessor(fussy)
    await processor.process_all("abc", consumers=1)
    assert processor.results == ["processed_a", "processed_c"]
    assert [(item, str(error)) for item, error in processor.errors] == [
        ("b", "cannot process b")
    ]


async def test_a_full_queue_makes_the_producer_wait():
    processor = QueueProcessor(process, maxsize=2)

    async def produce() -> None:
        for item in "abc":
            await processor.queue.put(item)

    producing = asyncio.create_task(produce())
    await asyncio.sleep(0)
    assert not producing.done()  # "c" does not fit: the producer waits
    assert processor.queue.qsize() == 2
    consuming = asyncio.create_task(processor.consumer())
    await producing  # the consumer made room
    await processor.stop(consumers=1)
    await consuming
    assert processor.results == ["processed_a", "processed_b", "processed_c"]


async def test_stop_lets_the_consumer_drain_the_queue():
    processor = QueueProcessor(process)
    for item in "abc":
        await processor.queue.put(item)
    await processor.stop(consumers=1)  # queued behind "a", "b" and "c"
    await processor.consumer()  # returns at the stop signal
    assert processor.results == ["processed_a", "processed_b", "processed_c"]
    assert processor.queue.empty()


async def test_cancelling_the_consumer_abandons_the_queued_items():
    started = asyncio.Event()

    async def slow(item: str) -> None:
        started.set()
        await asyncio.Event().wait()  # never finishes

    processor = QueueProcessor(slow)
    for item in "abc":
        await processor.queue.put(item)
    consumer = asyncio.create_task(processor.consumer())
    await started.wait()  # the consumer is busy with "a"
    consumer.cancel()
    with pytest.raises(asyncio.CancelledError):
        await consumer
    assert processor.queue.qsize() == 2  # "b" and "c" were never processed


async def test_two_producers_then_one_stop_signal_per_consumer():
    processor = QueueProcessor(process)
    consumers = [asyncio.create_task(processor.consumer()) for _ in range(2)]

    async def produce(items: str) -> None:
        for item in items:
            await processor.queue.put(item)

    await asyncio.gather(produce("ab"), produce("cd"))
    await processor.stop(consumers=2)  # only once every producer is done
    await asyncio.gather(*consumers)
    assert sorted(processor.results) == [
        "processed_a",
        "processed_b",
        "processed_c",
        "processed_d",
    ]
