import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import RawTestServer

from .webhooks import send_webhook


@pytest.mark.asyncio
async def test_webhook_is_posted(aiohttp_raw_server):
    received = []

    async def subscriber(request: web.BaseRequest) -> web.Response:
        # One handler for every method and path: no application, no router.
        received.append(
            (
                request.method,
                request.path,
                request.headers["X-Event"],
                await request.json(),
            )
        )
        return web.Response(status=204)

    # a RawTestServer on 127.0.0.1, any free port
    server = await aiohttp_raw_server(subscriber)
    async with aiohttp.ClientSession() as session:
        await send_webhook(
            session,
            str(server.make_url("/hooks/orders")),
            {"type": "order.paid", "id": 7},
        )

    assert received == [
        ("POST", "/hooks/orders", "order.paid", {"type": "order.paid", "id": 7})
    ]


@pytest.mark.asyncio
async def test_subscriber_error_raises():
    async def broken_subscriber(request: web.BaseRequest) -> web.Response:
        return web.Response(status=503)

    async with RawTestServer(
        broken_subscriber
    ) as server:  # the same server, without the fixture
        async with aiohttp.ClientSession() as session:
            with pytest.raises(aiohttp.ClientResponseError) as excinfo:
                await send_webhook(
                    session, str(server.make_url("/hooks")), {"type": "ping"}
                )

    assert excinfo.value.status == 503
