import os
import socket
import uuid
from urllib.parse import urlsplit

import asyncpg
import pytest
import pytest_asyncio

from .repository import User, UserRepository

DSN = os.environ.get("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
HOST, PORT = urlsplit(DSN).hostname, urlsplit(DSN).port


def postgres_is_reachable() -> bool:
    with socket.socket() as sock:
        sock.settimeout(5)  # a host that does not answer: give up after 5 seconds
        return sock.connect_ex((HOST, PORT)) == 0


# Without PostgreSQL, skip with the reason; in CI (CI is set), run anyway and fail, so that a
# missing database cannot turn the build green.
pytestmark = pytest.mark.skipif(
    not postgres_is_reachable() and not os.environ.get("CI"),
    reason=f"no PostgreSQL on {HOST}:{PORT}",
)


@pytest_asyncio.fixture
async def pool():
    # Each test gets its own schema: tests running at the same time never see each other's rows.
    schema = f"test_{uuid.uuid4().hex}"
    admin = await asyncpg.connect(DSN, timeout=5)
    try:  # from here on, a failing step still closes the admin connection...
        await admin.execute(f"CREATE SCHEMA {schema}")
        try:  # ...and drops the schema
            await admin.execute(
                f"CREATE TABLE {schema}.users (id serial PRIMARY KEY, name text NOT NULL, email text NOT NULL)"
            )
            async with asyncpg.create_pool(
                DSN,
                min_size=1,
                max_size=2,
                timeout=5,
                server_settings={"search_path": schema},
            ) as pool:
                yield pool
        finally:
            await admin.execute(f"DROP SCHEMA {schema} CASCADE")
    finally:
        await admin.close()


@pytest.mark.asyncio
async def test_create_then_get(pool):
    repo = UserRepository(db_pool=pool)
    created = await repo.create("Ada", "ada@example.com")
    assert await repo.get_by_id(created.id) == User(
        id=created.id, name="Ada", email="ada@example.com"
    )


@pytest.mark.asyncio
async def test_get_missing_user(pool):
    assert await UserRepository(db_pool=pool).get_by_id(12345) is None


@pytest.mark.asyncio
async def test_delete_reports_what_happened(pool):
    repo = UserRepository(db_pool=pool)
    created = await repo.create("Grace", "grace@example.com")
    assert await repo.delete(created.id) is True
    assert await repo.delete(created.id) is False  # nothing left to delete
