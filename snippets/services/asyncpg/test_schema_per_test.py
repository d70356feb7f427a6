import uuid

import asyncpg
import pytest
import pytest_asyncio

from .lookups import get_many
from .repository import User, UserRepository
from .schemas import CREATE_USERS, temporary_schema
from .servers import CONNECT_TIMEOUT, DATABASE_URL, needs_postgres

pytestmark = needs_postgres


@pytest_asyncio.fixture
async def pool():
    """A real pool whose connections see only this test's schema, dropped after the test."""
    async with (
        temporary_schema(f"test_{uuid.uuid4().hex}", CREATE_USERS) as schema,
        asyncpg.create_pool(
            DATABASE_URL,
            min_size=1,
            max_size=2,
            timeout=CONNECT_TIMEOUT,
            server_settings={"search_path": schema},
        ) as pool,
    ):
        yield pool


@pytest.mark.asyncio
async def test_create_then_get(pool):
    repo = UserRepository(pool)
    created = await repo.create("Ada", "ada@example.com")
    assert await repo.get_by_id(created.id) == User(
        created.id, "Ada", "ada@example.com"
    )


@pytest.mark.asyncio
async def test_two_lookups_at_once(pool):
    repo = UserRepository(pool)
    ada = await repo.create("Ada", "ada@example.com")
    grace = await repo.create("Grace", "grace@example.com")

    assert await get_many(repo, [ada.id, grace.id]) == [ada, grace]  # a connection each


@pytest.mark.asyncio
async def test_committed_rows_are_visible_to_every_connection(pool):
    # committed on one connection
    await UserRepository(pool).create("Ada", "ada@example.com")
    async with pool.acquire() as a, pool.acquire() as b:
        assert await a.fetchval("SELECT count(*) FROM users") == 1
        assert await b.fetchval("SELECT count(*) FROM users") == 1
