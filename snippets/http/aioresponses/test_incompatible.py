# --8<-- [start:sample]
import aiohttp
import pytest
from aioresponses import aioresponses


@pytest.mark.asyncio
async def test_get_user():
    with aioresponses() as mocked:
        mocked.get("https://api.test/users/1", payload={"id": 1, "name": "Alice"})

        async with aiohttp.ClientSession() as session:
            assert (await session.get("https://api.test/users/1")).status == 200


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(raises=TypeError, strict=True, reason="aioresponses#289")
