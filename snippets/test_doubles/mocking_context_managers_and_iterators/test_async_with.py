from unittest.mock import AsyncMock, MagicMock

import pytest


async def fetch_json(session, url: str) -> dict:
    async with session.get(url) as resp:
        resp.raise_for_status()
        return await resp.json()


@pytest.mark.asyncio
async def test_fetch_json():
    resp = MagicMock()  # raise_for_status() is a plain method...
    # ...json() is a coroutine function
    resp.json = AsyncMock(return_value={"temp": 21})
    # get() is a plain method that returns an async context manager
    session = MagicMock()
    session.get.return_value.__aenter__.return_value = resp

    assert await fetch_json(session, "https://api.example.com/forecast") == {"temp": 21}

    session.get.assert_called_once_with("https://api.example.com/forecast")
    session.get.return_value.__aexit__.assert_awaited_once()  # the response was released


@pytest.mark.asyncio
async def test_an_error_inside_the_block_reaches_aexit():
    resp = MagicMock()
    resp.raise_for_status.side_effect = RuntimeError("503 Service Unavailable")
    session = MagicMock()
    session.get.return_value.__aenter__.return_value = resp

    with pytest.raises(RuntimeError, match="503"):
        await fetch_json(session, "https://api.example.com/forecast")

    # MagicMock's __aexit__ returns False, so the exception is not swallowed.
    exc_type, exc, tb = session.get.return_value.__aexit__.await_args.args
    assert exc_type is RuntimeError
