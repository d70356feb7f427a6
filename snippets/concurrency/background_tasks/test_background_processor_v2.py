import asyncio

import pytest

from .background_processor_v2 import BackgroundProcessor


class ProcessorWithABadItem(BackgroundProcessor):
    async def process_item(self, item: str) -> str:
        if item == "bad":
            raise ValueError(f"cannot process {item!r}")
        return await super().process_item(item)


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_background_processing():
    async with BackgroundProcessor() as processor:
        processor.start_processing(["item1", "item2", "item3"])
        assert processor.pending == 3

        assert await processor.wait_for_completion() == []  # no failures

        assert processor.pending == 0  # finished tasks are forgotten
        assert set(processor.results) == {
            "processed_item1",
            "processed_item2",
            "processed_item3",
        }


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_a_failure_does_not_stop_the_others():
    async with ProcessorWithABadItem() as processor:
        processor.start_processing(["item1", "bad", "item3"])

        [failure] = await processor.wait_for_completion()

        assert isinstance(failure, ValueError)
        assert processor.pending == 0
        assert sorted(processor.results) == ["processed_item1", "processed_item3"]


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_each_batch_reports_its_own_failures():
    async with ProcessorWithABadItem() as processor:
        processor.start_processing(["bad"])
        assert len(await processor.wait_for_completion()) == 1

        processor.start_processing(["item2"])
        assert await processor.wait_for_completion() == []
        assert processor.results == ["processed_item2"]


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_a_failure_before_the_wait_is_reported_too():
    async with ProcessorWithABadItem() as processor:
        processor.start_processing(["bad"])
        await asyncio.sleep(1)  # loop time: "bad" has failed, and its task is forgotten
        assert processor.pending == 0

        [failure] = await processor.wait_for_completion()
        assert isinstance(failure, ValueError)


@pytest.mark.asyncio
async def test_leaving_the_block_cancels_what_still_runs():
    async with BackgroundProcessor() as processor:
        processor.start_processing(["item1", "item2"])
        await asyncio.sleep(0)  # both items start, and sleep
    # __aexit__ cancelled them and waited: nothing is left running
    assert processor.pending == 0
    assert processor.results == []
