import asyncio


class AsyncConnectionPool:
    def __init__(self, max_connections: int):
        self.semaphore = asyncio.Semaphore(max_connections)
        self.active_connections = 0

    async def get_connection(self) -> "Connection":
        await self.semaphore.acquire()
        self.active_connections += 1
        return Connection(self)

    def release_connection(self) -> None:
        self.active_connections -= 1
        self.semaphore.release()


class Connection:
    def __init__(self, pool: AsyncConnectionPool):
        self.pool = pool

    async def execute(self, query: str) -> str:
        await asyncio.sleep(0)  # a real connection would wait for the database here
        return f"Result of: {query}"

    async def __aenter__(self) -> "Connection":
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self.pool.release_connection()
