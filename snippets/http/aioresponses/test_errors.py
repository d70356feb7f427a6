import asyncio

import aiohttp
import pytest

API = "https://api.test"


@pytest.mark.asyncio
async def test_connection_error(mock_aiohttp):
    mock_aiohttp.get(f"{API}/users/1", exception=aiohttp.ClientConnectionError("reset"))

    async with aiohttp.ClientSession() as session:
        with pytest.raises(aiohttp.ClientConnectionError, match="reset"):
            await session.get(f"{API}/users/1")


@pytest.mark.asyncio
async def test_timeout_true_raises_a_plain_timeout_error(mock_aiohttp):
    mock_aiohttp.get(f"{API}/users/1", timeout=True)

    async with aiohttp.ClientSession() as session:
        with pytest.raises(asyncio.TimeoutError) as excinfo:
            await session.get(f"{API}/users/1")

    # Not one of aiohttp's own timeout errors, which are also ClientErrors:
    assert not isinstance(excinfo.value, aiohttp.ClientError)
    assert str(excinfo.value) == "Connection timeout test"


@pytest.mark.asyncio
async def test_a_realistic_read_timeout(mock_aiohttp):
    mock_aiohttp.get(
        f"{API}/users/1", exception=aiohttp.ServerTimeoutError("read timeout")
    )

    async with aiohttp.ClientSession() as session:
        with pytest.raises(
            aiohttp.ClientError
        ):  # and it is an asyncio.TimeoutError too
            await session.get(f"{API}/users/1")
