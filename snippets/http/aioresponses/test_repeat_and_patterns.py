import re

import aiohttp
import pytest

API = "https://api.test"


@pytest.mark.asyncio
async def test_a_mock_answers_once_by_default(mock_aiohttp):
    mock_aiohttp.get(f"{API}/status", payload={"n": 1})
    # the same URL: queued after the first
    mock_aiohttp.get(f"{API}/status", payload={"n": 2})

    async with aiohttp.ClientSession() as session:
        for expected in (1, 2):
            async with session.get(f"{API}/status") as response:
                assert (await response.json())["n"] == expected
        with pytest.raises(aiohttp.ClientConnectionError):  # both used up
            await session.get(f"{API}/status")


@pytest.mark.asyncio
async def test_repeat(mock_aiohttp):
    mock_aiohttp.get(f"{API}/a", payload={}, repeat=2)  # exactly twice
    mock_aiohttp.get(f"{API}/b", payload={}, repeat=True)  # for ever

    async with aiohttp.ClientSession() as session:
        for _ in range(2):
            (await session.get(f"{API}/a")).release()
        for _ in range(5):
            (await session.get(f"{API}/b")).release()
        with pytest.raises(aiohttp.ClientConnectionError):
            await session.get(f"{API}/a")


@pytest.mark.asyncio
async def test_regex_url(mock_aiohttp):
    # A compiled pattern is matched against the whole URL, query string included.
    mock_aiohttp.get(
        re.compile(r"^https://api\.test/users/\d+$"), payload={}, repeat=True
    )

    async with aiohttp.ClientSession() as session:
        for user_id in (1, 22, 333):
            async with session.get(f"{API}/users/{user_id}") as response:
                assert response.status == 200
        with pytest.raises(aiohttp.ClientConnectionError):
            await session.get(f"{API}/users/1?expand=teams")
