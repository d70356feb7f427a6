import uuid

import asyncpg
import pytest

from .connection_pool import AsyncConnectionPool
from .servers import CONNECT_TIMEOUT, DATABASE_URL, needs_postgres

pytestmark = needs_postgres


async def server_connections(application_name: str) -> int:
    """How many connections the server has with this name (asked over a connection of its own)."""
    conn = await asyncpg.connect(DATABASE_URL, timeout=CONNECT_TIMEOUT)
    try:
        query = "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1"
        return await conn.fetchval(query, application_name)
    finally:
        await conn.close()


@pytest.mark.asyncio
async def test_the_pool_closes_its_server_connections():
    name = f"test-{uuid.uuid4().hex}"  # marks this test's connections on the server

    async def connect():
        return await asyncpg.connect(
            DATABASE_URL,
            timeout=CONNECT_TIMEOUT,
            server_settings={"application_name": name},
        )

    async with AsyncConnectionPool(connect, max_connections=3) as pool:
        async with pool.acquire() as conn:
            assert await conn.fetchval("SELECT 1 + 1") == 2
        assert await server_connections(name) == 3

    assert await server_connections(name) == 0  # asyncpg's close() waits for the server
