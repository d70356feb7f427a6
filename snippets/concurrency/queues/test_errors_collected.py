import asyncio

import pytest

from .task_queue_v2 import AsyncTaskQueue


async def failing_task(should_fail: bool, value: str):
    """Task that might fail"""
    await asyncio.sleep(0)
    if should_fail:
        raise ValueError(f"Task failed: {value}")
    return value


@pytest.mark.asyncio
async def test_mixed_success_and_failure():
    queue = AsyncTaskQueue(max_concurrent=3)
    tasks = [
        ("task1", failing_task, (False, "success1"), {}),
        ("task2", failing_task, (True, "failure1"), {}),
        ("task3", failing_task, (False, "success2"), {}),
        ("task4", failing_task, (True, "failure2"), {}),
        ("task5", failing_task, (False, "success3"), {}),
    ]

    results = await queue.process_all(tasks)

    # One result per task, in the order given, each with its result or its error:
    assert [(r.task_id, r.succeeded, r.result, repr(r.error)) for r in results] == [
        ("task1", True, "success1", "None"),
        ("task2", False, None, "ValueError('Task failed: failure1')"),
        ("task3", True, "success2", "None"),
        ("task4", False, None, "ValueError('Task failed: failure2')"),
        ("task5", True, "success3", "None"),
    ]
