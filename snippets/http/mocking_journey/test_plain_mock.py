# --8<-- [start:sample]
from unittest.mock import Mock, patch

import pytest

from .api_client import UserAPIClient


@pytest.mark.asyncio
async def test_fetch_user_with_a_plain_mock():
    with patch("aiohttp.ClientSession.get") as mock_get:
        mock_response = Mock()
        mock_response.json.return_value = {"id": 1, "name": "Alice"}
        mock_get.return_value.__aenter__.return_value = mock_response

        client = UserAPIClient("https://api.test")
        assert (await client.fetch_user(1))["id"] == 1


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=TypeError, strict=True, reason="json() returns a dict"
)
