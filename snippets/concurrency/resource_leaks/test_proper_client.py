import aiohttp
import pytest
import pytest_asyncio

from .proper_api_client import ProperAPIClient


@pytest.mark.asyncio
async def test_proper_client_manual_cleanup(base_url):
    """Manual cleanup approach"""
    client = ProperAPIClient(base_url)
    await client.connect()
    try:
        user = await client.fetch_user(1)
        assert user["id"] == 1
    finally:
        await client.close()


@pytest.mark.asyncio
async def test_proper_client_context_manager(base_url):
    """Context manager approach (preferred)"""
    async with ProperAPIClient(base_url) as client:
        user = await client.fetch_user(1)
        assert user["id"] == 1
    assert client.session is None  # closed when the block ended


@pytest.mark.asyncio
async def test_cleanup_when_the_request_fails(base_url):
    with pytest.raises(aiohttp.ClientResponseError):
        async with ProperAPIClient(base_url) as client:
            await client.fetch_user(99)  # no such user: a 404
    assert client.session is None  # closed anyway


@pytest.mark.asyncio
async def test_connect_twice_keeps_one_session(base_url):
    async with ProperAPIClient(base_url) as client:
        session = client.session
        await client.connect()
        assert client.session is session  # not a second session, leaking the first


@pytest_asyncio.fixture
async def client(base_url):
    async with ProperAPIClient(base_url) as client:
        yield client  # closed after the test, whatever the test did


@pytest.mark.asyncio
async def test_with_a_fixture(client):
    assert (await client.fetch_user(2))["name"] == "Bob"


@pytest.mark.asyncio
async def test_not_connected():
    with pytest.raises(RuntimeError, match="not connected"):
        await ProperAPIClient("http://127.0.0.1:9").fetch_user(1)  # nothing is sent
