import asyncio

import aiohttp
import pytest
import pytest_asyncio
from aiohttp import web
from aiohttp.test_utils import TestServer

# Every test in this module runs in the session loop, like the fixtures it uses.
pytestmark = pytest.mark.asyncio(loop_scope="session")


async def stock(request: web.Request) -> web.Response:
    return web.json_response({"item": request.match_info["item"], "count": 3})


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def api_url():
    app = web.Application()
    app.router.add_get("/stock/{item}", stock)
    async with TestServer(app, host="127.0.0.1") as server:
        yield str(server.make_url(""))


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def http(api_url):
    async with aiohttp.ClientSession(api_url) as session:
        yield session


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def session_loop():
    return asyncio.get_running_loop()


async def test_stock(http):
    async with http.get("/stock/apple") as response:
        assert await response.json() == {"item": "apple", "count": 3}


async def test_runs_in_the_session_loop(session_loop):
    assert asyncio.get_running_loop() is session_loop
