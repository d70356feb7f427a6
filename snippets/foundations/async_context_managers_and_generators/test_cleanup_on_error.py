import asyncio
from contextlib import asynccontextmanager

import pytest


class Connection:
    def __init__(self) -> None:
        self.calls: list[str] = []

    async def connect(self) -> None:
        await asyncio.sleep(0)  # stands in for the network
        self.calls.append("connect")

    async def close(self) -> None:
        await asyncio.sleep(0)
        self.calls.append("close")


@asynccontextmanager
async def connected(conn: Connection):
    await conn.connect()
    try:
        yield conn  # an exception in the block is raised here
    finally:
        await conn.close()


@pytest.mark.asyncio
async def test_connection_is_closed_after_an_error():
    conn = Connection()
    with pytest.raises(ValueError):
        async with connected(conn):
            raise ValueError("query failed")
    assert conn.calls == ["connect", "close"]


@pytest.mark.asyncio
async def test_connection_is_closed_after_success():
    conn = Connection()
    async with connected(conn) as c:
        assert c.calls == ["connect"]
    assert conn.calls == ["connect", "close"]
