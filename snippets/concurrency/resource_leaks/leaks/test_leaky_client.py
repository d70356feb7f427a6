import pytest

from .leaky_api_client import LeakyAPIClient


@pytest.mark.asyncio
async def test_leaky_client(base_url):
    """This test leaks an HTTP session"""
    client = LeakyAPIClient(base_url)
    await client.connect()
    user = await client.fetch_user(1)

    assert user["id"] == 1
    # Missing: await client.close()
