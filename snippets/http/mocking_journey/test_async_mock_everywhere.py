# --8<-- [start:sample]
from unittest.mock import AsyncMock, patch

import pytest

from .api_client import UserAPIClient


@pytest.mark.asyncio
async def test_fetch_user_everything_async():
    with patch("aiohttp.ClientSession.get") as mock_get:
        mock_response = AsyncMock()
        mock_response.json = AsyncMock(return_value={"id": 1, "name": "Alice"})
        # but raise_for_status() is not async
        mock_response.raise_for_status = AsyncMock()
        mock_get.return_value.__aenter__.return_value = mock_response

        client = UserAPIClient("https://api.test")
        user = await client.fetch_user(1)

    assert user["name"] == "Alice"


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part): it passes,
# with a warning that the suite's `filterwarnings = ["error"]` would turn into a failure.
pytestmark = pytest.mark.filterwarnings(
    "ignore:coroutine '.*' was never awaited:RuntimeWarning"
)
