import asyncio
from functools import partial

import aiohttp
import pytest
from yarl import URL

from .retry import with_retry

USER_URL = "https://api.test/users/1"


async def fetch_user(session: aiohttp.ClientSession) -> dict:
    async with session.get(USER_URL) as response:
        response.raise_for_status()
        return await response.json()


@pytest.mark.asyncio
@pytest.mark.looptime  # asyncio.sleep() advances the loop's clock instantly
async def test_succeeds_after_two_failures(mock_aiohttp):
    # registered mocks for one URL answer in order
    mock_aiohttp.get(USER_URL, status=503)
    mock_aiohttp.get(USER_URL, exception=aiohttp.ServerDisconnectedError())
    mock_aiohttp.get(USER_URL, payload={"id": 1})
    loop = asyncio.get_running_loop()
    start = loop.time()

    async with aiohttp.ClientSession() as session:
        user = await with_retry(partial(fetch_user, session), max_attempts=3, delay=1.0)

    assert user == {"id": 1}
    assert len(mock_aiohttp.requests[("GET", URL(USER_URL))]) == 3
    assert loop.time() - start == 1.0 + 2.0  # waited 1 s, then 2 s: exponential backoff


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_gives_up_after_max_attempts(mock_aiohttp):
    mock_aiohttp.get(USER_URL, status=503, repeat=True)
    loop = asyncio.get_running_loop()
    start = loop.time()

    async with aiohttp.ClientSession() as session:
        with pytest.raises(aiohttp.ClientResponseError) as excinfo:
            await with_retry(partial(fetch_user, session), max_attempts=4, delay=0.5)

    assert excinfo.value.status == 503  # the last failure is re-raised
    assert len(mock_aiohttp.requests[("GET", URL(USER_URL))]) == 4
    assert loop.time() - start == 0.5 + 1.0 + 2.0  # no wait after the last attempt
