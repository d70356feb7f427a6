import asyncio
from collections.abc import Awaitable, Callable

Send = Callable[[str, str], Awaitable[None]]


class Notifier:
    """Sends notifications in the background: callers do not wait for the network."""

    def __init__(self, send: Send) -> None:
        self._send = send
        self._tasks: set[asyncio.Task[None]] = set()

    def notify(self, user: str, message: str) -> None:
        task = asyncio.create_task(self._send(user, message))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def drain(self) -> None:
        """Wait until every notification sent so far has been delivered (at shutdown, in tests)."""
        while self._tasks:
            await asyncio.gather(*self._tasks)
