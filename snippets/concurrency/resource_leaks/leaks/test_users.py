import pytest

from .users import fetch_user


@pytest.mark.asyncio
async def test_fetch_alice(base_url):
    assert (await fetch_user(base_url, 1))["name"] == "Alice"


@pytest.mark.asyncio
async def test_fetch_bob(base_url):
    assert (await fetch_user(base_url, 2))["name"] == "Bob"
