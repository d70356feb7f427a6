import json

import aiohttp
import pytest
import pytest_asyncio

from .fake_apis import BROKEN, NOTIFICATIONS
from .servers import needs_postgres, needs_redis
from .users import UserService

pytestmark = [needs_postgres, needs_redis]


@pytest_asyncio.fixture
async def http_client(apis_url):
    async with aiohttp.ClientSession(base_url=apis_url) as session:
        yield session


@pytest.fixture
def service(pool, redis_client, http_client, cache_prefix):
    return UserService(pool, redis_client, http_client, cache_prefix=cache_prefix)


@pytest.mark.asyncio
async def test_create_user_stores_caches_and_notifies(
    service, pool, redis_client, cache_prefix, apis
):
    user = await service.create_user_with_cache(
        {"username": "ada", "email": "ada@example.com"}
    )

    assert user == {"username": "ada", "email": "ada@example.com", "id": user["id"]}
    assert (
        await pool.fetchval("SELECT email FROM users WHERE id = $1", user["id"])
        == "ada@example.com"
    )
    assert json.loads(await redis_client.get(f"{cache_prefix}{user['id']}")) == user
    assert apis.app[NOTIFICATIONS] == [{"event": "user_created", "user_id": user["id"]}]


@pytest.mark.asyncio
async def test_a_cache_miss_reads_the_database_once(service, pool):
    user_id = await pool.fetchval(
        "INSERT INTO users (username, email) VALUES ('grace', 'grace@example.com') RETURNING id"
    )

    first = await service.get_user_with_cache(user_id)  # from the database, then cached
    await pool.execute("DELETE FROM users WHERE id = $1", user_id)
    assert await service.get_user_with_cache(user_id) == first  # from the cache


@pytest.mark.asyncio
async def test_an_unknown_user_is_none_and_not_cached(
    service, redis_client, cache_prefix
):
    assert await service.get_user_with_cache(12345) is None
    assert [key async for key in redis_client.scan_iter(match=f"{cache_prefix}*")] == []


@pytest.mark.asyncio
async def test_a_failing_notification_api_is_an_error(service, apis):
    apis.app[BROKEN].add("/notifications")

    with pytest.raises(aiohttp.ClientResponseError) as excinfo:
        await service.create_user_with_cache(
            {"username": "ada", "email": "ada@example.com"}
        )
    assert excinfo.value.status == 503
