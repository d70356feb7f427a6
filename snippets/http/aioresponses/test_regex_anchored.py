import re

import aiohttp
import pytest

API = "https://api.test"


@pytest.mark.asyncio
async def test_only_user_1_is_mocked(mock_aiohttp):
    # re.match anchors a pattern at the start only: `$` anchors it at the end too.
    mock_aiohttp.get(
        re.compile(r"https://api\.test/users/1$"), payload={"id": 1}, repeat=True
    )

    async with aiohttp.ClientSession() as session:
        async with session.get(f"{API}/users/1") as response:
            assert await response.json() == {"id": 1}
        with pytest.raises(
            aiohttp.ClientConnectionError
        ):  # nothing registered for user 12
            await session.get(f"{API}/users/12/orders")
