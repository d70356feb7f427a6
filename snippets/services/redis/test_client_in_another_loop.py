# --8<-- [start:sample]
import pytest
import pytest_asyncio
import redis.asyncio as redis

from .servers import CONNECT_TIMEOUT, REDIS_URL, needs_redis

pytestmark = needs_redis


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def session_client():
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=CONNECT_TIMEOUT)
    await client.ping()  # fail early if Redis is not there
    yield client
    await client.aclose()


@pytest.mark.asyncio  # the default: this test runs in a new loop of its own
async def test_get(session_client):
    assert await session_client.get("test:nothing-here") is None


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
test_get = pytest.mark.xfail(
    raises=RuntimeError,
    strict=True,
    reason="the client's connection belongs to the session loop",
)(test_get)
