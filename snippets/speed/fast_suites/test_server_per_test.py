import aiohttp
import pytest
import pytest_asyncio
from aiohttp.test_utils import TestServer

from .service import create_app


# The defaults: a new event loop for each test, and a new server and session in it.
@pytest_asyncio.fixture
async def api():
    async with TestServer(create_app(), host="127.0.0.1") as server:
        async with aiohttp.ClientSession(base_url=server.make_url("/")) as session:
            yield session


@pytest.mark.asyncio
@pytest.mark.parametrize("user_id", [1, 2, 3])
async def test_get_user(api, user_id):
    async with api.get(f"/users/{user_id}") as response:
        assert (await response.json())["id"] == user_id
