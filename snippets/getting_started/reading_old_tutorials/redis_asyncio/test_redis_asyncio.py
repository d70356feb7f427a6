import pytest
import pytest_asyncio
import redis.asyncio as redis  # not `import aioredis`


@pytest_asyncio.fixture
async def client():
    client = redis.Redis(host="127.0.0.1", port=6379, decode_responses=True)
    yield client
    await client.aclose()


@pytest.mark.asyncio
async def test_set_and_get(client):
    key = "reading-old-tutorials:greeting"
    await client.set(key, "Hello, Ada!", ex=60)
    assert await client.get(key) == "Hello, Ada!"
    await client.delete(key)
