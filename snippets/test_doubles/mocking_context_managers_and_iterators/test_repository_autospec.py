from unittest.mock import create_autospec

import asyncpg
import pytest

from .repository import UserRepository


@pytest.mark.asyncio
async def test_get_by_id_with_autospecced_pool_and_connection():
    # acquire() stays a plain method
    pool = create_autospec(asyncpg.Pool, instance=True)
    conn = create_autospec(asyncpg.Connection, instance=True)  # fetchrow() is async
    conn.fetchrow.return_value = {
        "id": 1,
        "name": "Alice",
        "email": "alice@example.com",
    }
    pool.acquire.return_value.__aenter__.return_value = conn

    user = await UserRepository(pool).get_by_id(1)

    assert user.name == "Alice"
    conn.fetchrow.assert_awaited_once_with(
        "SELECT id, name, email FROM users WHERE id = $1", 1
    )
