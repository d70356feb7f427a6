import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

# (task_id, function, args, kwargs)
Job = tuple[str, Callable[..., Awaitable[Any]], tuple, dict]


@dataclass
class TaskResult:
    task_id: str
    result: Any
    error: Exception | None
    started_at: float  # the event loop's clock: monotonic, and virtual time in tests
    completed_at: float

    @property
    def duration(self) -> float:
        return self.completed_at - self.started_at

    @property
    def succeeded(self) -> bool:
        return self.error is None


class AsyncTaskQueue:
    """Runs jobs concurrently, at most `max_concurrent` at a time across every caller."""

    def __init__(self, max_concurrent: int = 3):
        # one limit for the whole queue
        self._semaphore = asyncio.Semaphore(max_concurrent)
        self.results: list[TaskResult] = []  # in the order the jobs finished

    async def process_task(
        self,
        task_id: str,
        task_func: Callable[..., Awaitable[Any]],
        *args: Any,
        **kwargs: Any,
    ) -> TaskResult:
        loop = asyncio.get_running_loop()
        started_at = loop.time()
        result, error = None, None
        try:
            result = await task_func(*args, **kwargs)
        except Exception as e:  # not BaseException: a cancelled job is not a failed one
            error = e
        task_result = TaskResult(task_id, result, error, started_at, loop.time())
        self.results.append(task_result)
        return task_result

    async def process_all(self, jobs: list[Job]) -> list[TaskResult]:
        """One result per job, in the order given. Cancelling this cancels every job."""

        async def bounded(
            task_id: str,
            task_func: Callable[..., Awaitable[Any]],
            args: tuple,
            kwargs: dict,
        ) -> TaskResult:
            async with self._semaphore:
                return await self.process_task(task_id, task_func, *args, **kwargs)

        # process_task() turns every Exception into a result, so gather() has none to return.
        return await asyncio.gather(*(bounded(*job) for job in jobs))
