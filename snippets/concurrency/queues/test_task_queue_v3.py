import asyncio

import pytest

from .gate import Gate
from .task_queue_v3 import AsyncTaskQueue

pytestmark = [pytest.mark.asyncio, pytest.mark.looptime]


async def timed_task(duration: float, value: str) -> str:
    await asyncio.sleep(duration)
    return value


async def test_the_limit_holds_for_two_callers():
    queue = AsyncTaskQueue(max_concurrent=2)
    gate = Gate()
    batch_a = [(f"a{i}", gate.pass_through, (), {}) for i in range(3)]
    batch_b = [(f"b{i}", gate.pass_through, (), {}) for i in range(3)]

    running = [
        asyncio.create_task(queue.process_all(batch)) for batch in (batch_a, batch_b)
    ]
    async with asyncio.timeout(1):
        await gate.wait_until_inside(2)
    gate.open()
    await asyncio.gather(*running)

    assert gate.max_inside == 2


async def test_results_in_order_given_and_completion_order_in_loop_time():
    queue = AsyncTaskQueue(max_concurrent=3)
    jobs = [
        ("slow", timed_task, (0.3, "slow_result"), {}),
        ("fast", timed_task, (0.1, "fast_result"), {}),
        ("medium", timed_task, (0.2, "medium_result"), {}),
    ]

    results = await queue.process_all(jobs)

    assert [r.task_id for r in results] == ["slow", "fast", "medium"]  # the order given
    # the order finished
    assert [r.task_id for r in queue.results] == [
        "fast",
        "medium",
        "slow",
    ]
    assert [r.duration for r in queue.results] == [0.1, 0.2, 0.3]  # exact, in loop time


async def test_a_failing_job_is_a_result_with_its_error():
    queue = AsyncTaskQueue()

    async def failing_task() -> str:
        raise ValueError("Task failed")

    results = await queue.process_all(
        [("ok", timed_task, (0.1, "done"), {}), ("bad", failing_task, (), {})]
    )

    assert [(r.task_id, r.succeeded, r.result, repr(r.error)) for r in results] == [
        ("ok", True, "done", "None"),
        ("bad", False, None, "ValueError('Task failed')"),
    ]


async def test_a_waiting_job_starts_when_a_slot_frees():
    queue = AsyncTaskQueue(max_concurrent=1)
    jobs = [
        ("first", timed_task, (0.5, "a"), {}),
        ("second", timed_task, (0.5, "b"), {}),
    ]

    await queue.process_all(jobs)

    assert [(r.task_id, r.started_at, r.completed_at) for r in queue.results] == [
        ("first", 0.0, 0.5),
        ("second", 0.5, 1.0),
    ]


async def test_a_timeout_cancels_running_jobs_and_waiting_ones_never_start():
    queue = AsyncTaskQueue(max_concurrent=2)
    started: list[str] = []
    cancelled: list[str] = []

    async def job(name: str, duration: float) -> str:
        started.append(name)
        try:
            await asyncio.sleep(duration)
        except asyncio.CancelledError:
            cancelled.append(name)
            raise
        return name

    jobs = [
        ("quick", job, ("quick", 0.1), {}),
        ("slow", job, ("slow", 5.0), {}),
        ("later", job, ("later", 5.0), {}),
        ("never", job, ("never", 0.1), {}),
    ]
    loop = asyncio.get_running_loop()
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(1):
            await queue.process_all(jobs)

    assert loop.time() == 1.0
    assert [r.task_id for r in queue.results] == ["quick"]  # the only one that finished
    assert started == ["quick", "slow", "later"]  # "later" took the slot "quick" freed
    assert sorted(cancelled) == ["later", "slow"]  # running at the deadline: cancelled
    # "never" was still waiting for the semaphore: it never started.
