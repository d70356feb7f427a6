import uuid

import fakeredis
import pytest
import pytest_asyncio
import redis.asyncio as redis

from .servers import CONNECT_TIMEOUT, REDIS_URL, needs_redis

CLIENTS = {
    "redis": lambda: redis.Redis.from_url(
        REDIS_URL, socket_connect_timeout=CONNECT_TIMEOUT, decode_responses=True
    ),
    # A new, empty fake server for each test.
    "fakeredis": lambda: fakeredis.FakeAsyncRedis(decode_responses=True),
}


@pytest_asyncio.fixture(params=[pytest.param("redis", marks=needs_redis), "fakeredis"])
async def client(request):
    """A client for each test, opened in the test's loop and closed after it."""
    client = CLIENTS[request.param]()
    try:
        yield client
    finally:
        await client.aclose()


@pytest_asyncio.fixture
async def prefix(client):
    """A key prefix of this test's own. Its keys are deleted after the test."""
    prefix = f"test:{uuid.uuid4().hex}:"
    yield prefix
    async for key in client.scan_iter(match=f"{prefix}*"):
        await client.delete(key)
