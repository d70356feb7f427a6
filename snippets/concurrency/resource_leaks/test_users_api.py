import httpx
import pytest
import pytest_asyncio

from .users_api import fetch_user


@pytest_asyncio.fixture
async def http_client():
    async with (
        httpx.AsyncClient() as client
    ):  # made in this test's loop, closed before it ends
        yield client


@pytest.mark.asyncio
async def test_fetch_alice(http_client, base_url):
    assert (await fetch_user(http_client, base_url, 1))["name"] == "Alice"


@pytest.mark.asyncio
async def test_fetch_bob(http_client, base_url):
    assert (await fetch_user(http_client, base_url, 2))["name"] == "Bob"
