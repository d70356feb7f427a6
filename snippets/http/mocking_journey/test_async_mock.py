from unittest.mock import AsyncMock, MagicMock, patch

import aiohttp
import pytest

from .api_client import UserAPIClient


@pytest.mark.asyncio
async def test_fetch_user_with_async_mock():
    with patch("aiohttp.ClientSession.get") as mock_get:
        mock_response = MagicMock()
        mock_response.json = AsyncMock(return_value={"id": 1, "name": "Alice"})
        mock_get.return_value.__aenter__.return_value = mock_response

        client = UserAPIClient("https://api.test")
        user = await client.fetch_user(1)

    assert user == {"id": 1, "name": "Alice"}
    mock_response.json.assert_awaited_once()
    # The patched method is called without `self`, with every argument the client passes:
    mock_get.assert_called_once_with(
        "https://api.test/users/1", params=None, timeout=aiohttp.ClientTimeout(total=10)
    )
