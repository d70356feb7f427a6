import asyncio
from typing import Protocol


class Store(Protocol):
    async def get(self, item: str) -> int: ...
    async def set(self, item: str, quantity: int) -> None: ...


class OutOfStock(Exception):
    pass


class Inventory:
    """Reserves items from a stock kept in a store that is read and written with await."""

    def __init__(self, store: Store) -> None:
        self._store = store

    async def reserve(self, item: str) -> None:
        available = await self._store.get(item)
        if available < 1:
            raise OutOfStock(item)
        await self._store.set(item, available - 1)


class LockedInventory(Inventory):
    """One reservation at a time: nobody reads the stock while another is about to write it."""

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self._lock = asyncio.Lock()

    async def reserve(self, item: str) -> None:
        async with self._lock:
            await super().reserve(item)
