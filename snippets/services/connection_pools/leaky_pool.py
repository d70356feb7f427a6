import asyncio
from unittest.mock import AsyncMock  # this pool creates mock connections itself


class AsyncConnectionPool:
    def __init__(self, max_connections: int = 10):
        self.max_connections = max_connections
        self.available = asyncio.Queue()
        self.in_use = 0
        self._initialized = False

    async def __aenter__(self):
        if not self._initialized:
            for _ in range(self.max_connections):
                await self.available.put(await self._create_connection())
            self._initialized = True
        return self

    async def __aexit__(self, *args):
        while not self.available.empty():
            conn = await self.available.get()
            await conn.close()

    async def _create_connection(self):
        # Simulate creating connection
        return AsyncMock()

    async def acquire(self):
        conn = await self.available.get()
        self.in_use += 1
        return conn

    async def release(self, conn):
        self.in_use -= 1
        await self.available.put(conn)
