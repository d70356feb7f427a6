import asyncio

import pytest

from .api_client import UserAPIClient
from .fake_users_api import create_app


@pytest.mark.asyncio
@pytest.mark.looptime  # the loop's clock jumps ahead whenever every task is waiting
async def test_client_gives_up_after_its_timeout(aiohttp_server):
    server = await aiohttp_server(create_app(delay=60))  # the API answers after 60 s
    client = UserAPIClient(str(server.make_url("")), timeout=5)
    loop = asyncio.get_running_loop()
    start = loop.time()

    with pytest.raises(asyncio.TimeoutError):
        await client.fetch_user(1)

    assert loop.time() - start == 5  # 5 s of loop time, a few ms of real time
