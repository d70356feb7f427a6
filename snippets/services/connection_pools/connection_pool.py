import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Protocol


class Connection(Protocol):
    async def close(self) -> None: ...


class AsyncConnectionPool:
    """A fixed-size pool: opens its connections on entry and closes every one of them on exit."""

    def __init__(
        self, connect: Callable[[], Awaitable[Connection]], max_connections: int = 10
    ):
        self.connect = connect  # opens one connection: asyncpg.connect in production, a fake in tests
        self.max_connections = max_connections
        self.available: asyncio.Queue[Connection] = asyncio.Queue()
        self.opened: list[Connection] = []
        self.in_use = 0

    async def __aenter__(self) -> "AsyncConnectionPool":
        try:
            for _ in range(self.max_connections):
                conn = await self.connect()
                self.opened.append(conn)
                self.available.put_nowait(conn)
        except BaseException:
            await self.close()  # a pool that fails to start closes what it opened
            raise
        return self

    async def __aexit__(self, *exc_info) -> None:
        await self.close()

    async def close(self) -> None:
        """Close every connection, including those still in use."""
        while self.opened:
            await self.opened.pop().close()

    @contextlib.asynccontextmanager
    async def acquire(self) -> AsyncIterator[Connection]:
        conn = await self.available.get()  # waits while every connection is in use
        self.in_use += 1
        try:
            yield conn
        finally:  # also when the block fails: the connection always goes back
            self.in_use -= 1
            self.available.put_nowait(conn)
