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
    async def asyncSetUp(self):
        # Runs in the test's own event loop, before each test.
        self.server = TestServer(create_app())
        await self.server.start_server()
        self.session = aiohttp.ClientSession()

    async def asyncTearDown(self):
        # The same loop, after each test: close what asyncSetUp opened.
        await self.session.close()
        await self.server.close()

    async def test_alice(self):
        async with self.session.get(self.server.make_url("/hello/alice")) as response:
            self.assertEqual(await response.json(), {"hello": "alice"})

    async def test_bob(self):
        async with self.session.get(self.server.make_url("/hello/bob")) as response:
            self.assertEqual(await response.json(), {"hello": "bob"})
