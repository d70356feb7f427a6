import pytest


@pytest.mark.postgres
@pytest.mark.asyncio
async def test_database_round_trip(db):
    await db.execute("CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)")
    await db.execute("INSERT INTO notes (body) VALUES ($1)", "hello")
    assert await db.fetchval("SELECT body FROM notes") == "hello"


@pytest.mark.redis
@pytest.mark.asyncio
async def test_cache_round_trip(cache, request):
    key = f"tests:{request.node.nodeid}"
    await cache.set(key, "hello", ex=60)
    try:
        assert await cache.get(key) == b"hello"
    finally:
        await cache.delete(key)
