import uuid

import asyncpg
import pytest
import pytest_asyncio

from .schemas import temporary_schema
from .servers import CONNECT_TIMEOUT, DATABASE_URL, needs_postgres

pytestmark = needs_postgres

CREATE_TABLE = """
    CREATE TABLE users (
        id SERIAL PRIMARY KEY,
        username VARCHAR(50) UNIQUE NOT NULL,
        email VARCHAR(100) NOT NULL,
        created_at TIMESTAMP DEFAULT NOW()
    )
"""


@pytest_asyncio.fixture
async def async_database():
    """A connection to a schema of this test's own, holding the table; dropped afterwards."""
    async with temporary_schema(f"test_{uuid.uuid4().hex}", CREATE_TABLE) as schema:
        connection = await asyncpg.connect(
            DATABASE_URL,
            timeout=CONNECT_TIMEOUT,
            server_settings={"search_path": schema},
        )
        try:
            yield connection
        finally:
            await connection.close()


@pytest_asyncio.fixture
async def async_test_data(async_database):
    users = []
    for i in range(5):
        user_id = await async_database.fetchval(
            "INSERT INTO users (username, email) VALUES ($1, $2) RETURNING id",
            f"user{i}",
            f"user{i}@example.com",
        )
        users.append(user_id)
    return users  # no cleanup needed: the schema goes away with everything in it


@pytest.mark.asyncio
async def test_async_database_operations(async_database):
    user_id = await async_database.fetchval(
        "INSERT INTO users (username, email) VALUES ($1, $2) RETURNING id",
        "asyncuser",
        "async@example.com",
    )
    assert user_id is not None

    user = await async_database.fetchrow("SELECT * FROM users WHERE id = $1", user_id)
    assert user["username"] == "asyncuser"
    assert user["email"] == "async@example.com"

    await async_database.execute(
        "UPDATE users SET email = $1 WHERE id = $2", "updated@example.com", user_id
    )
    updated_user = await async_database.fetchrow(
        "SELECT * FROM users WHERE id = $1", user_id
    )
    assert updated_user["email"] == "updated@example.com"

    deleted_count = await async_database.execute(
        "DELETE FROM users WHERE id = $1", user_id
    )
    assert "DELETE 1" in deleted_count


@pytest.mark.asyncio
async def test_usernames_are_unique(async_database, async_test_data):
    assert len(async_test_data) == 5
    with pytest.raises(asyncpg.UniqueViolationError):
        await async_database.execute(
            "INSERT INTO users (username, email) VALUES ($1, $2)",
            "user0",
            "other@example.com",
        )
