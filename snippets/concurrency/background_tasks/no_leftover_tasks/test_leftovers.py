import pytest

from .background_processor import BackgroundProcessor


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_waits_for_its_tasks():
    processor = BackgroundProcessor()
    processor.start_processing(["item1", "item2"])
    await processor.wait_for_completion()
    assert len(processor.results) == 2


@pytest.mark.asyncio
async def test_forgets_its_tasks():
    processor = BackgroundProcessor()
    processor.start_processing(["item1", "item2"])
    assert len(processor.tasks) == 2  # passes, and leaves both tasks running
