import asyncio
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable, List, Optional


@dataclass
class TaskResult:
    """Result of a task execution"""

    task_id: str
    result: Optional[Any]
    error: Optional[Exception]
    started_at: datetime
    completed_at: datetime
    duration: float

    @property
    def succeeded(self) -> bool:
        return self.error is None


class AsyncTaskQueue:
    """Queue that processes tasks concurrently with error handling"""

    def __init__(self, max_concurrent: int = 3):
        self.max_concurrent = max_concurrent
        self.results: List[TaskResult] = []

    async def process_task(self, task_id: str, task_func: Callable, *args, **kwargs):
        """Process a single task, capturing errors"""
        started_at = datetime.now()
        result = None
        error = None

        try:
            result = await task_func(*args, **kwargs)
        except Exception as e:
            error = e

        completed_at = datetime.now()
        duration = (completed_at - started_at).total_seconds()

        task_result = TaskResult(
            task_id=task_id,
            result=result,
            error=error,
            started_at=started_at,
            completed_at=completed_at,
            duration=duration,
        )
        self.results.append(task_result)
        return task_result

    async def process_all(self, tasks: List[tuple]):
        """Process multiple tasks, collecting all results and errors"""
        semaphore = asyncio.Semaphore(self.max_concurrent)

        async def bounded_task(task_id, task_func, *args, **kwargs):
            async with semaphore:
                return await self.process_task(task_id, task_func, *args, **kwargs)

        coroutines = [
            bounded_task(task_id, task_func, *args, **kwargs)
            for task_id, task_func, args, kwargs in tasks
        ]

        # Use return_exceptions=True to collect all results
        return await asyncio.gather(*coroutines, return_exceptions=False)
