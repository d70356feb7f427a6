import unittest

import aiohttp
from aiohttp import web
from aiohttp.test_utils import TestServer


async def hello(request: web.Request) -> web.Response:
    return web.json_response({"hello": request.match_info["name"]})


def create_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/hello/{name}", hello)
    return app


class GreetingTest(unittest.IsolatedAsyncioTestCase):
    session = (
        None  # one client for the whole class, created by the first test that runs
    )

    async def asyncSetUp(self):
        # a real server on 127.0.0.1, any free port
        self.server = TestServer(create_app())
        await self.server.start_server()
        self.addAsyncCleanup(self.server.close)
        if GreetingTest.session is None:
            GreetingTest.session = aiohttp.ClientSession()

    async def test_alice(self):
        async with self.session.get(self.server.make_url("/hello/alice")) as response:
            self.assertEqual(await response.json(), {"hello": "alice"})

    async def test_bob(self):
        async with self.session.get(self.server.make_url("/hello/bob")) as response:
            self.assertEqual(await response.json(), {"hello": "bob"})
