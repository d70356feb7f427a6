import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

STOP = object()  # a stop signal that no real item can be (None can be a real item)


class QueueProcessor:
    """Processes the items of an asyncio.Queue with one or more consumers."""

    def __init__(self, handle: Callable[[Any], Awaitable[Any]], maxsize: int = 0):
        # maxsize > 0: put() waits while full
        self.queue: asyncio.Queue = asyncio.Queue(maxsize)
        self.results: list[Any] = []
        self.errors: list[tuple[Any, Exception]] = []
        self._handle = handle

    async def consumer(self) -> None:
        while True:
            item = await self.queue.get()
            try:
                if item is STOP:
                    return
                try:
                    self.results.append(await self._handle(item))
                except Exception as error:  # one bad item does not stop the consumer
                    self.errors.append((item, error))
            finally:
                self.queue.task_done()  # once for every get(), the stop signal included

    async def stop(self, consumers: int) -> None:
        """One stop signal per consumer, behind the items already queued: they are processed first."""
        for _ in range(consumers):
            await self.queue.put(STOP)

    async def process_all(self, items: Iterable[Any], consumers: int = 3) -> None:
        async with asyncio.TaskGroup() as tg:
            for _ in range(consumers):
                tg.create_task(self.consumer())
            for item in items:
                await self.queue.put(item)
            await self.stop(consumers)
        # The TaskGroup has waited for every consumer to stop, so every item is processed.
