import pytest

from .cache import JsonCache


@pytest.fixture
def cache(client, prefix):
    return JsonCache(client, prefix=prefix, ttl=60)


@pytest.mark.asyncio
async def test_a_miss_then_a_hit(cache):
    assert await cache.get("user:1") is None
    await cache.set("user:1", {"id": 1, "name": "Ada"})
    assert await cache.get("user:1") == {"id": 1, "name": "Ada"}


@pytest.mark.asyncio
async def test_every_value_gets_a_time_to_live(cache, client, prefix):
    await cache.set("user:1", {"id": 1})
    assert 0 < await client.ttl(f"{prefix}user:1") <= 60


@pytest.mark.asyncio
async def test_delete(cache):
    await cache.set("user:1", {"id": 1})
    assert await cache.delete("user:1") is True
    assert await cache.delete("user:1") is False


@pytest.mark.asyncio
async def test_keys_stay_under_the_prefix(cache, client, prefix):
    await cache.set("user:1", {"id": 1})
    assert [key async for key in client.scan_iter(match=f"{prefix}*")] == [
        f"{prefix}user:1"
    ]
