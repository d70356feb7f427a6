# --8<-- [start:sample]
import asyncpg
import pytest
import pytest_asyncio

from .servers import CONNECT_TIMEOUT, DATABASE_URL, needs_postgres

pytestmark = needs_postgres


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def pool():
    async with asyncpg.create_pool(
        DATABASE_URL, min_size=1, max_size=2, timeout=CONNECT_TIMEOUT
    ) as pool:
        yield pool


@pytest.mark.asyncio  # the default: this test runs in a new loop of its own
async def test_query(pool):
    assert await pool.fetchval("SELECT 1") == 1


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
test_query = pytest.mark.xfail(
    raises=asyncpg.InterfaceError,
    strict=True,
    reason="the pool's connection belongs to the session loop",
)(test_query)
