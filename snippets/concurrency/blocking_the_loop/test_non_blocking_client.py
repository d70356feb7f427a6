import asyncio
import threading

import aiohttp
import pytest

from . import non_blocking_api_client
from .non_blocking_api_client import NonBlockingAPIClient

# every test here: no blocking calls
pytestmark = pytest.mark.usefixtures("blockbuster")


@pytest.mark.asyncio
async def test_concurrent_fetch_without_blocking(base_url):
    client = NonBlockingAPIClient(base_url)

    users = await asyncio.gather(
        client.fetch_user_with_processing(1),
        client.fetch_user_with_processing(2),
    )

    assert [user["name"] for user in users] == ["Alice", "Bob"]
    assert all(user["processed"] for user in users)


@pytest.mark.asyncio
async def test_unknown_user_raises(base_url):
    client = NonBlockingAPIClient(base_url)

    with pytest.raises(aiohttp.ClientResponseError) as excinfo:
        await client.fetch_user_with_processing(3)
    assert excinfo.value.status == 404


@pytest.mark.asyncio
async def test_users_are_processed_at_the_same_time(base_url, monkeypatch):
    # Each call waits until both are in progress: that can only happen if they overlap.
    both_started = threading.Barrier(2, timeout=5)  # the timeout only bounds a failure

    def enrich(user: dict) -> dict:
        both_started.wait()
        return {**user, "processed": True}

    monkeypatch.setattr(non_blocking_api_client, "enrich", enrich)
    client = NonBlockingAPIClient(base_url)

    users = await asyncio.gather(
        client.fetch_user_with_processing(1),
        client.fetch_user_with_processing(2),
    )

    assert all(user["processed"] for user in users)
