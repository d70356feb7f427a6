import asyncio
from typing import Self


class BackgroundProcessor:
    """Processes items in background tasks; can wait for them, or stop them."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[str]] = set()
        self._failures: list[BaseException] = []
        self.results: list[str] = []

    async def process_item(self, item: str) -> str:
        await asyncio.sleep(0.1)
        result = f"processed_{item}"
        self.results.append(result)
        return result

    def start_processing(self, items: list[str]) -> None:
        for item in items:
            task = asyncio.create_task(self.process_item(item), name=f"process {item}")
            self._tasks.add(task)  # a strong reference while the task runs...
            task.add_done_callback(self._forget)  # ...and none once it is done

    def _forget(self, task: asyncio.Task[str]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and (error := task.exception()) is not None:
            self._failures.append(error)  # kept until wait_for_completion() reports it

    @property
    def pending(self) -> int:
        return len(self._tasks)

    async def wait_for_completion(self) -> list[BaseException]:
        """Wait for every item started so far, also when some fail; return the new failures."""
        await asyncio.gather(*self._tasks, return_exceptions=True)
        failures, self._failures = self._failures, []
        return failures

    async def aclose(self) -> None:
        """Cancel the items still running, and wait until they have stopped."""
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
