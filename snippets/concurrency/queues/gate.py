import asyncio


class Gate:
    """Holds every caller of pass_through() until the test calls open(), and counts them."""

    def __init__(self) -> None:
        self.inside = 0  # callers waiting at the gate right now
        self.max_inside = 0  # the most there ever were at once
        self._changed = asyncio.Condition()
        self._opened = asyncio.Event()

    async def pass_through(self) -> None:
        async with self._changed:
            self.inside += 1
            self.max_inside = max(self.max_inside, self.inside)
            self._changed.notify_all()
        try:
            await self._opened.wait()
        finally:
            self.inside -= 1

    async def wait_until_inside(self, count: int) -> None:
        """Return once `count` callers are waiting at the gate."""
        async with self._changed:
            await self._changed.wait_for(lambda: self.inside >= count)

    def open(self) -> None:
        self._opened.set()
