import pytest
import pytest_asyncio

from ..api_client import AuthenticatedAPIClient
from ..fake_api import serve_fake_api


@pytest_asyncio.fixture
async def api_base_url():
    async with serve_fake_api() as base_url:
        yield base_url


@pytest.fixture
def credentials():
    return {"username": "testuser", "password": "testpass"}


@pytest_asyncio.fixture
async def authenticated_client(api_base_url, credentials):
    client = AuthenticatedAPIClient(api_base_url)
    await client.authenticate(credentials["username"], credentials["password"])
    yield client
    await client.close()
