# --8<-- [start:sample]
import pytest
from aioresponses import aioresponses

from .api_client import UserAPIClient


@pytest.mark.asyncio
async def test_fetch_user_with_aioresponses():
    with aioresponses() as mocked:
        mocked.get("https://api.test/users/1", payload={"id": 1, "name": "Alice"})

        client = UserAPIClient("https://api.test")
        assert await client.fetch_user(1) == {"id": 1, "name": "Alice"}


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(raises=TypeError, strict=True, reason="aioresponses#289")
