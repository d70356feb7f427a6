import asyncio

import pytest


async def task_with_delay(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return f"{name} result"


@pytest.mark.asyncio
@pytest.mark.looptime  # virtual time: sleeps end at once, the loop's clock jumps ahead
async def test_tasks_wait_at_the_same_time():
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(
        task_with_delay("Task 1", 2),
        task_with_delay("Task 2", 1),
        task_with_delay("Task 3", 3),
    )
    assert results == ["Task 1 result", "Task 2 result", "Task 3 result"]
    assert loop.time() - start == 3  # the longest delay, not the sum


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_awaiting_one_after_another_adds_up():
    loop = asyncio.get_running_loop()
    start = loop.time()
    for name, delay in [("Task 1", 2), ("Task 2", 1), ("Task 3", 3)]:
        await task_with_delay(name, delay)
    assert loop.time() - start == 6
