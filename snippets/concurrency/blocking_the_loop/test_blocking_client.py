import asyncio

import pytest

from .blocking_api_client import BlockingAPIClient


@pytest.mark.asyncio
async def test_concurrent_fetch_with_blocking(base_url):
    client = BlockingAPIClient(base_url)

    users = await asyncio.gather(
        client.fetch_user_with_processing(1),
        client.fetch_user_with_processing(2),
    )

    assert [user["name"] for user in users] == ["Alice", "Bob"]
    assert all(user["processed"] for user in users)
