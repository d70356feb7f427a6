# --8<-- [start:sample]
import pytest

from .background_processor import BackgroundProcessor


class ProcessorWithABadItem(BackgroundProcessor):
    async def process_item(self, item: str):
        if item == "bad":
            raise ValueError(f"cannot process {item!r}")
        return await super().process_item(item)


@pytest.mark.asyncio
async def test_wait_for_completion_waits_for_every_item():
    processor = ProcessorWithABadItem()
    processor.start_processing(["item1", "bad", "item3"])

    with pytest.raises(ValueError):
        await processor.wait_for_completion()

    assert all(task.done() for task in processor.tasks)


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_the_next_batch_is_not_blamed_for_the_last_one():
    processor = ProcessorWithABadItem()
    processor.start_processing(["bad"])
    with pytest.raises(ValueError):
        await processor.wait_for_completion()

    processor.start_processing(["item2"])
    await processor.wait_for_completion()  # item2 succeeds: this should not raise


# --8<-- [end:sample]


# Expected outcomes, checked by the test suite (the page does not show this part).
test_wait_for_completion_waits_for_every_item = pytest.mark.xfail(
    raises=AssertionError,
    strict=True,
    reason="gather() raises the first error; the other items still run",
)(test_wait_for_completion_waits_for_every_item)
test_the_next_batch_is_not_blamed_for_the_last_one = pytest.mark.xfail(
    raises=ValueError,
    strict=True,
    reason="the first batch's finished task raises its error again",
)(test_the_next_batch_is_not_blamed_for_the_last_one)
