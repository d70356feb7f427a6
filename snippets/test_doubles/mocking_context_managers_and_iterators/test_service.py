import contextlib
import json
from unittest.mock import AsyncMock

import pytest

from .service import UserService


class FakePool:
    """Just enough of asyncpg.Pool: acquire() returns an async context manager."""

    def __init__(self, connection):
        self.connection = connection
        self.acquired = 0

    @contextlib.asynccontextmanager
    async def acquire(self):
        self.acquired += 1
        yield self.connection


class FakeCache:
    """Just enough of redis.asyncio.Redis, in a dict (expiry is not modelled)."""

    def __init__(self):
        self.data = {}

    async def get(self, key):
        return self.data.get(key)

    async def set(self, key, value, ex=None):
        self.data[key] = value


@pytest.mark.asyncio
async def test_a_cache_miss_reads_the_database_once():
    db_user = {"id": 123, "username": "dbuser", "email": "db@example.com"}
    connection = AsyncMock()
    connection.fetchrow.return_value = db_user
    pool, cache = FakePool(connection), FakeCache()
    service = UserService(pool, cache)

    assert await service.get_user_with_cache(123) == db_user  # from the database
    assert await service.get_user_with_cache(123) == db_user  # from the cache

    assert pool.acquired == 1
    assert json.loads(cache.data["user:123"]) == db_user
