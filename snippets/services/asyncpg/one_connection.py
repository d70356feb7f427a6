import asyncio
import contextlib


class OneConnectionPool:
    """Hands the test's connection, in the test's transaction, to code that asks a pool.

    A connection runs one operation at a time, so tasks take turns: a task that acquires
    waits until the previous one has given the connection back.
    """

    def __init__(self, connection):
        self.connection = connection
        self.turn = asyncio.Lock()

    @contextlib.asynccontextmanager
    async def acquire(self):
        async with self.turn:
            yield self.connection
