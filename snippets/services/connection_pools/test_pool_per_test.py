import asyncio

import asyncpg
import pytest
import pytest_asyncio

from .servers import CONNECT_TIMEOUT, DATABASE_URL, needs_postgres

pytestmark = needs_postgres


@pytest_asyncio.fixture  # a new pool for each test, opened in the test's loop
async def pool():
    async with asyncpg.create_pool(
        DATABASE_URL, min_size=1, max_size=2, timeout=CONNECT_TIMEOUT
    ) as pool:
        yield pool  # closed after the test, in the same loop


@pytest.mark.asyncio
async def test_query(pool):
    assert await pool.fetchval("SELECT 1") == 1


@pytest.mark.asyncio
async def test_two_queries_at_once(pool):
    # Each query borrows a connection of its own; the pool opens the second one on demand.
    assert await asyncio.gather(
        pool.fetchval("SELECT 1"), pool.fetchval("SELECT 2")
    ) == [1, 2]
    assert pool.get_size() == 2
