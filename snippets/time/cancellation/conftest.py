import asyncio

import pytest


async def cancel_and_wait(task: asyncio.Task) -> None:
    """Cancel a task, wait until it has ended, and check that it ended cancelled."""
    task.cancel()
    await asyncio.wait({task})  # until it ends, whatever the outcome
    # Cancelled only if the CancelledError came back out of the task's coroutine:
    assert task.cancelled(), f"the task swallowed its cancellation: {task!r}"


@pytest.fixture
def cancel():
    return cancel_and_wait
