import asyncio


class BoundedBuffer:
    """At most `size` items; put() waits while it is full, get() waits while it is empty."""

    def __init__(self, size: int) -> None:
        self._items: list[object] = []
        self._size = size
        self._condition = asyncio.Condition()

    async def put(self, item: object) -> None:
        async with self._condition:
            while len(self._items) >= self._size:
                await self._condition.wait()
            self._items.append(item)
            self._condition.notify()

    async def get(self) -> object:
        async with self._condition:
            while not self._items:
                await self._condition.wait()
            item = self._items.pop(0)
            self._condition.notify()
            return item
