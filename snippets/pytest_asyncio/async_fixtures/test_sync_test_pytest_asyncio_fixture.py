import pytest_asyncio

from .api_client import AuthenticatedAPIClient
from .fake_api import serve_fake_api


@pytest_asyncio.fixture
async def authenticated_client():
    async with serve_fake_api() as base_url:
        client = AuthenticatedAPIClient(base_url)
        await client.authenticate("testuser", "testpass")
        yield client
        await client.close()


def test_sync_reads_the_token(authenticated_client):
    # pytest-asyncio ran the fixture in its own event loop; the sync test gets the client.
    assert authenticated_client.token == "test-token"
