# --8<-- [start:sample]
from unittest.mock import AsyncMock, MagicMock, patch

import pytest

from .api_client import UserAPIClient


@pytest.mark.asyncio
async def test_fetch_user_full_mock():
    with patch("aiohttp.ClientSession") as mock_session_class:
        mock_session = MagicMock()
        mock_session_class.return_value = mock_session

        mock_response = MagicMock()
        mock_response.json = AsyncMock(return_value={"id": 1, "name": "Alice"})

        mock_get = MagicMock()
        mock_get.__aenter__.return_value = mock_response
        mock_session.get.return_value = mock_get

        client = UserAPIClient("https://api.test")
        assert (await client.fetch_user(1))["name"] == "Alice"


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = [
    pytest.mark.xfail(
        raises=TypeError, strict=True, reason="session.get is an AsyncMock"
    ),
    # session.get() returns a coroutine that `async with` rejects: nothing ever awaits it.
    pytest.mark.filterwarnings(
        "ignore:coroutine '.*' was never awaited:RuntimeWarning"
    ),
]
