# --8<-- [start:sample]
import aiohttp
import pytest
import pytest_asyncio
from aiohttp import web
from aiohttp.test_utils import TestServer


async def stock(request: web.Request) -> web.Response:
    return web.json_response({"item": request.match_info["item"], "count": 3})


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def api_url():
    app = web.Application()
    app.router.add_get("/stock/{item}", stock)
    async with TestServer(app, host="127.0.0.1") as server:  # a free port on loopback
        yield str(server.make_url(""))


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def http(api_url):
    async with aiohttp.ClientSession(
        api_url
    ) as session:  # opened once, in the session loop
        yield session


@pytest.mark.asyncio  # the test runs in its own function-scoped loop
async def test_stock(http):
    async with http.get("/stock/apple") as response:
        assert await response.json() == {"item": "apple", "count": 3}


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=RuntimeError,
    strict=True,
    reason="the session belongs to the session loop",
)
