from aiohttp import web
from aiohttp.test_utils import AioHTTPTestCase, unittest_run_loop


async def hello(request: web.Request) -> web.Response:
    return web.Response(text="Hello, world")


def create_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/", hello)
    return app


async def test_hello(aiohttp_client, loop):  # no marker; the `loop` fixture
    client = await aiohttp_client(create_app())
    async with client.get("/") as resp:
        assert await resp.text() == "Hello, world"


async def test_port(aiohttp_server, aiohttp_unused_port):
    port = aiohttp_unused_port()
    server = await aiohttp_server(create_app(), port=port)
    assert server.port == port


class HelloTest(AioHTTPTestCase):
    async def get_application(self):
        return create_app()

    @unittest_run_loop
    async def test_hello(self):
        async with self.client.get("/") as resp:
            self.assertEqual(await resp.text(), "Hello, world")
