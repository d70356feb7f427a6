import asyncio


class BoundedBuffer:
    """At most `size` items; put() waits while it is full, get() waits while it is empty."""

    def __init__(self, size: int) -> None:
        self._items: list[object] = []
        self._size = size
        lock = asyncio.Lock()
        # One condition per thing to wait for, sharing one lock: a notify() on `not_empty`
        # wakes a get(), never a put().
        self._not_full = asyncio.Condition(lock)
        self._not_empty = asyncio.Condition(lock)

    async def put(self, item: object) -> None:
        async with self._not_full:
            while len(self._items) >= self._size:
                await self._not_full.wait()
            self._items.append(item)
            self._not_empty.notify()

    async def get(self) -> object:
        async with self._not_empty:
            while not self._items:
                await self._not_empty.wait()
            item = self._items.pop(0)
            self._not_full.notify()
            return item
