# --8<-- [start:sample]
import json
from unittest.mock import AsyncMock

import pytest
import pytest_asyncio

from .service import UserService


@pytest_asyncio.fixture
async def async_service_dependencies():
    return {"db_pool": AsyncMock(), "redis_client": AsyncMock()}


@pytest_asyncio.fixture
async def async_test_service(async_service_dependencies):
    return UserService(**async_service_dependencies)


@pytest.mark.asyncio
async def test_async_service_cache_hit(async_test_service, async_service_dependencies):
    cached_user = {"id": 123, "username": "cacheduser", "email": "cached@example.com"}
    async_service_dependencies["redis_client"].get.return_value = json.dumps(
        cached_user
    )

    result = await async_test_service.get_user_with_cache(123)

    assert result == cached_user
    async_service_dependencies["db_pool"].acquire.assert_not_awaited()


@pytest.mark.asyncio
async def test_async_service_cache_miss(async_test_service, async_service_dependencies):
    async_service_dependencies["redis_client"].get.return_value = None
    db_user = {"id": 123, "username": "dbuser", "email": "db@example.com"}
    mock_connection = AsyncMock()
    mock_connection.fetchrow.return_value = db_user
    pool = async_service_dependencies["db_pool"]
    pool.acquire.return_value.__aenter__.return_value = mock_connection

    assert await async_test_service.get_user_with_cache(123) == db_user


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
# acquire() on an AsyncMock returns a coroutine, which `async with` rejects and nothing awaits.
pytestmark = pytest.mark.filterwarnings(
    "ignore:coroutine 'AsyncMockMixin._execute_mock_call' was never awaited:RuntimeWarning"
)
test_async_service_cache_miss = pytest.mark.xfail(
    raises=TypeError, strict=True, reason="acquire() returns a coroutine"
)(test_async_service_cache_miss)
