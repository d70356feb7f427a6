import pytest
import pytest_asyncio

from .api_client import AuthenticatedAPIClient
from .fake_api import serve_fake_api


@pytest_asyncio.fixture
async def authenticated_client():
    async with serve_fake_api() as base_url:  # the fake API, on a free loopback port
        client = AuthenticatedAPIClient(base_url)
        await client.authenticate("testuser", "testpass")
        yield client
        await client.close()


@pytest.mark.asyncio
async def test_fetch_user_authenticated(authenticated_client):
    user = await authenticated_client.fetch_user(1)
    assert user == {"id": 1, "name": "Ada Lovelace", "email": "ada@example.com"}
