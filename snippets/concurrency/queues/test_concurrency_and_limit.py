import asyncio

import pytest

from .gate import Gate
from .task_queue import AsyncTaskQueue

pytestmark = [
    pytest.mark.asyncio,
    pytest.mark.looptime,  # loop time: a wait that can never end times out at once
]


async def test_tasks_run_concurrently():
    queue = AsyncTaskQueue(max_concurrent=3)
    gate = Gate()
    tasks = [(f"task{i}", gate.pass_through, (), {}) for i in range(1, 4)]

    running = asyncio.create_task(queue.process_all(tasks))
    async with asyncio.timeout(1):
        await gate.wait_until_inside(3)  # all three started before any finished
    gate.open()
    results = await running

    assert [r.task_id for r in results] == ["task1", "task2", "task3"]


async def test_concurrency_limit_enforced():
    queue = AsyncTaskQueue(max_concurrent=2)
    gate = Gate()
    tasks = [(f"task{i}", gate.pass_through, (), {}) for i in range(5)]

    running = asyncio.create_task(queue.process_all(tasks))
    async with asyncio.timeout(1):
        await gate.wait_until_inside(2)
    assert gate.inside == 2  # the three others wait for the semaphore
    gate.open()
    await running

    assert gate.max_inside == 2
