import asyncio

import pytest

from .queue_processor import QueueProcessor

pytestmark = [
    pytest.mark.asyncio,
    pytest.mark.looptime,  # the consumer sleeps 0.01 s per item: loop time, not real time
]


async def test_queue_processing():
    """Test producer-consumer pattern"""
    processor = QueueProcessor()

    items = ["item1", "item2", "item3", "item4", "item5"]
    await processor.process_all(items)

    assert len(processor.results) == 5
    assert set(processor.results) == {f"processed_item{i}" for i in range(1, 6)}


async def test_queue_with_multiple_consumers():
    """Test with multiple consumers processing concurrently"""
    processor = QueueProcessor()

    items = list(range(20))

    # Start multiple consumers
    producer_task = asyncio.create_task(processor.producer(items))
    consumer_tasks = [asyncio.create_task(processor.consumer()) for _ in range(3)]

    # Wait for producer
    await producer_task

    # Signal all consumers to stop
    for _ in range(3):
        await processor.queue.put(None)

    # Wait for consumers
    await asyncio.gather(*consumer_tasks)

    # All items should be processed
    assert len(processor.results) == 20
    # What the tutorial does not check: three of the four stop signals are still queued.
    assert processor.queue.qsize() == 3
