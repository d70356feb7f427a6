# --8<-- [start:sample]
import asyncio

import pytest

from .queue_processor import QueueProcessor


@pytest.mark.asyncio
@pytest.mark.looptime  # and a join() that never returns times out at once
async def test_join_returns_once_every_item_is_processed():
    processor = QueueProcessor()
    await processor.process_all(["a", "b"])
    async with asyncio.timeout(1):
        await processor.queue.join()


@pytest.mark.asyncio
@pytest.mark.looptime  # the consumer sleeps 0.01 s per item
async def test_two_producers_two_consumers():
    processor = QueueProcessor()
    await asyncio.gather(
        processor.producer(["a", "b"]),
        processor.producer(["c", "d"]),
        processor.consumer(),
        processor.consumer(),
    )
    assert sorted(processor.results) == [
        "processed_a",
        "processed_b",
        "processed_c",
        "processed_d",
    ]


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=(TimeoutError, AssertionError),
    strict=True,
    reason="the stop signal is never marked done; the first signal stops every consumer",
)
