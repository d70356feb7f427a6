import asyncio
import contextvars
import unittest

current_user = contextvars.ContextVar("current_user")


class Counter:
    def __init__(self):
        self.value = 0
        self.closed = False

    async def increment(self):
        await asyncio.sleep(0)
        self.value += 1

    async def close(self):
        await asyncio.sleep(0)
        self.closed = True


class CounterTest(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        current_user.set("ada")
        self.counter = Counter()
        self.addAsyncCleanup(self.counter.close)  # awaited after the test, in its loop

    async def test_increment(self):
        await self.counter.increment()
        self.assertEqual(self.counter.value, 1)
        self.assertEqual(current_user.get(), "ada")  # set in asyncSetUp

    async def test_concurrent_increments(self):
        await asyncio.gather(*(self.counter.increment() for _ in range(3)))
        self.assertEqual(self.counter.value, 3)
