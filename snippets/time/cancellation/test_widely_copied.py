# --8<-- [start:sample]
import asyncio

import pytest


@pytest.mark.asyncio
async def test_async_task_cancellation():
    """Test asynchronous task cancellation"""

    async def long_running_task():
        try:
            await asyncio.sleep(10)  # Long operation
            return "completed"
        except asyncio.CancelledError:
            return "cancelled"

    # Start task and cancel it
    task = asyncio.create_task(long_running_task())
    await asyncio.sleep(0)  # Let task start (the original sleeps 0.1 s here)

    task.cancel()

    try:
        result = await task
    except asyncio.CancelledError:
        result = "task_cancelled"

    assert result == "task_cancelled"
    assert task.cancelled()


# --8<-- [end:sample]


pytestmark = pytest.mark.xfail(
    raises=AssertionError,
    strict=True,
    reason="the task swallows its cancellation and returns normally",
)
