import asyncio

import pytest

from .background_processor import BackgroundProcessor


@pytest.mark.asyncio
@pytest.mark.looptime  # process_item() sleeps 0.1 s: in loop time, not in real time
async def test_background_processing():
    processor = BackgroundProcessor()

    processor.start_processing(["item1", "item2", "item3"])

    # Tasks are created, but none has started: the test has not awaited anything yet
    assert len(processor.tasks) == 3
    assert all(not task.done() for task in processor.tasks)

    await processor.wait_for_completion()

    assert all(task.done() for task in processor.tasks)
    assert set(processor.results) == {
        "processed_item1",
        "processed_item2",
        "processed_item3",
    }


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_progress_in_loop_time():
    processor = BackgroundProcessor()
    processor.start_processing(["item1", "item2", "item3"])

    await asyncio.sleep(0.05)  # loop time: halfway through every item
    assert processor.results == []

    # 0.15 s: the three items ran at the same time, all are done
    await asyncio.sleep(0.1)
    assert len(processor.results) == 3

    await processor.wait_for_completion()  # nothing left to wait for
