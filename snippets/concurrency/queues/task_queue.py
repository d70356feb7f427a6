import asyncio
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable, List


@dataclass
class TaskResult:
    """Result of a task execution"""

    task_id: str
    result: Any
    started_at: datetime
    completed_at: datetime
    duration: float


class AsyncTaskQueue:
    """Queue that processes tasks concurrently"""

    def __init__(self, max_concurrent: int = 3):
        self.max_concurrent = max_concurrent
        self.results: List[TaskResult] = []

    async def process_task(self, task_id: str, task_func: Callable, *args, **kwargs):
        """Process a single task"""
        started_at = datetime.now()
        result = await task_func(*args, **kwargs)
        completed_at = datetime.now()
        duration = (completed_at - started_at).total_seconds()

        task_result = TaskResult(
            task_id=task_id,
            result=result,
            started_at=started_at,
            completed_at=completed_at,
            duration=duration,
        )
        self.results.append(task_result)
        return task_result

    async def process_all(self, tasks: List[tuple]):
        """Process multiple tasks with concurrency limit"""
        semaphore = asyncio.Semaphore(self.max_concurrent)

        async def bounded_task(task_id, task_func, *args, **kwargs):
            async with semaphore:
                return await self.process_task(task_id, task_func, *args, **kwargs)

        coroutines = [
            bounded_task(task_id, task_func, *args, **kwargs)
            for task_id, task_func, args, kwargs in tasks
        ]

        return await asyncio.gather(*coroutines)
