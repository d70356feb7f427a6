import asyncio

import pytest

from .task_queue import AsyncTaskQueue


@pytest.mark.asyncio
async def test_one_task_fails_and_the_others_keep_running():
    queue = AsyncTaskQueue(max_concurrent=3)
    answer = asyncio.Event()

    async def waiting_task(value: str) -> str:
        await answer.wait()
        return value

    async def failing_task() -> str:
        raise ValueError("Task failed: failure")

    tasks = [
        ("task1", waiting_task, ("success1",), {}),
        ("task2", failing_task, (), {}),
        ("task3", waiting_task, ("success2",), {}),
    ]
    with pytest.raises(ValueError, match="Task failed: failure"):
        await queue.process_all(tasks)

    # process_all() has raised, but its other two tasks are still running:
    still_running = asyncio.all_tasks() - {asyncio.current_task()}
    assert len(still_running) == 2
    answer.set()
    await asyncio.wait(still_running)
    # they finished anyway
    assert [r.task_id for r in queue.results] == [
        "task1",
        "task3",
    ]
