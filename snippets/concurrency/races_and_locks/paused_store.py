import asyncio


class PausedStore:
    """An in-memory store whose answers to get() wait until the test lets them through."""

    def __init__(self, stock: dict[str, int]) -> None:
        self.stock = dict(stock)
        self.reads = 0
        self.read_started = asyncio.Event()
        self._answer = asyncio.Event()

    async def get(self, item: str) -> int:
        quantity = self.stock[item]
        self.reads += 1
        self.read_started.set()
        await self._answer.wait()  # like a database whose answer has not arrived yet
        return quantity

    async def set(self, item: str, quantity: int) -> None:
        self.stock[item] = quantity

    def answer(self) -> None:
        self._answer.set()
