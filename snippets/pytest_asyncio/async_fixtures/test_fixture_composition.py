import pytest
import pytest_asyncio

from .api_client import AuthenticatedAPIClient
from .fake_api import serve_fake_api


@pytest_asyncio.fixture
async def api_base_url():
    """Async: starts the fake API for the test and stops it afterwards."""
    async with serve_fake_api() as base_url:
        yield base_url


@pytest.fixture
def credentials():
    """Sync: plain test data."""
    return {"username": "testuser", "password": "testpass"}


@pytest_asyncio.fixture
async def authenticated_client(api_base_url, credentials):
    """Async, requests an async and a sync fixture."""
    client = AuthenticatedAPIClient(api_base_url)
    await client.authenticate(credentials["username"], credentials["password"])
    yield client
    await client.close()


@pytest_asyncio.fixture
async def user_data(authenticated_client):
    """Async, requests another async fixture."""
    return await authenticated_client.fetch_user(1)


@pytest.mark.asyncio
async def test_user_has_email(user_data):
    assert user_data["email"] == "ada@example.com"
