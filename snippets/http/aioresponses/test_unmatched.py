# --8<-- [start:sample]
import aiohttp
import pytest


@pytest.mark.asyncio
async def test_list_users_page_2(mock_aiohttp):
    mock_aiohttp.get("https://api.test/users", payload=[{"id": 1}])

    async with aiohttp.ClientSession() as session:
        page_2 = await session.get("https://api.test/users", params={"page": 2})


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=aiohttp.ClientConnectionError, strict=True, reason="no mock for ?page=2"
)
