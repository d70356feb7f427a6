import asyncio

import pytest


async def failing_task(task_id: int) -> str:
    await asyncio.sleep(0)
    if task_id % 2 == 0:
        raise ValueError(f"Task {task_id} failed")
    return f"Task {task_id} succeeded"


@pytest.mark.asyncio
async def test_gather_returns_exceptions_as_results():
    results = await asyncio.gather(
        *(failing_task(i) for i in range(5)), return_exceptions=True
    )
    assert [type(r).__name__ for r in results] == [
        "ValueError",
        "str",
        "ValueError",
        "str",
        "ValueError",
    ]
    assert results[1] == "Task 1 succeeded"


@pytest.mark.asyncio
async def test_gather_leaves_the_other_tasks_running():
    slow = asyncio.create_task(asyncio.sleep(3600))
    with pytest.raises(ValueError):  # the first exception, unwrapped
        await asyncio.gather(failing_task(0), slow)
    assert not slow.done()  # still running: nobody cancelled it
    slow.cancel()  # clean up by hand


@pytest.mark.asyncio
async def test_task_group_cancels_the_other_tasks():
    with pytest.RaisesGroup(ValueError):
        async with asyncio.TaskGroup() as tg:
            slow = tg.create_task(asyncio.sleep(3600))
            tg.create_task(failing_task(0))
    assert slow.cancelled()
