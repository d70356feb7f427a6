from unittest.mock import AsyncMock, MagicMock

import aiohttp
import pytest

from .api_client import UserAPIClient


def fake_session(*payloads):
    """A stand-in for aiohttp.ClientSession whose get() yields these JSON payloads in turn."""
    responses = []
    for payload in payloads:
        response = MagicMock()  # raise_for_status() stays a plain (sync) mock method
        response.json = AsyncMock(return_value=payload)
        request = MagicMock()  # what session.get() returns: an async context manager
        request.__aenter__.return_value = response
        responses.append(request)
    session = MagicMock()  # not AsyncMock: session.get() is a plain call
    session.get.side_effect = responses
    return session


@pytest.mark.asyncio
async def test_fetch_user():
    session = fake_session({"id": 1, "name": "Alice"})
    client = UserAPIClient("https://api.test", session=session)

    assert await client.fetch_user(1) == {"id": 1, "name": "Alice"}
    session.get.assert_called_once_with(
        "https://api.test/users/1", params=None, timeout=aiohttp.ClientTimeout(total=10)
    )


@pytest.mark.asyncio
async def test_fetch_multiple_users():
    session = fake_session({"id": 1}, {"id": 2})
    client = UserAPIClient("https://api.test", session=session)

    assert await client.fetch_multiple_users([1, 2]) == [{"id": 1}, {"id": 2}]
    assert session.get.call_count == 2
