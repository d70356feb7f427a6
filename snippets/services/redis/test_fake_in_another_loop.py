import fakeredis
import pytest
import pytest_asyncio


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def session_client():
    client = fakeredis.FakeAsyncRedis()
    await client.ping()
    yield client
    await client.aclose()


@pytest.mark.asyncio  # the same mistake, with the fake: nothing complains
async def test_get(session_client):
    assert await session_client.get("test:nothing-here") is None
