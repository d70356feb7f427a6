import asyncio

import asyncpg
import pytest
import pytest_asyncio

from .servers import CONNECT_TIMEOUT, DATABASE_URL, needs_postgres

# Every test of this module runs in the session loop, where the pool lives.
pytestmark = [needs_postgres, pytest.mark.asyncio(loop_scope="session")]


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def pool():
    async with asyncpg.create_pool(
        DATABASE_URL, min_size=1, max_size=2, timeout=CONNECT_TIMEOUT
    ) as pool:
        yield pool  # closed at the end of the session, in the session loop


async def test_query(pool):
    assert await pool.fetchval("SELECT 1") == 1


async def test_two_queries_at_once(pool):
    assert await asyncio.gather(
        pool.fetchval("SELECT 1"), pool.fetchval("SELECT 2")
    ) == [1, 2]
