import pytest
from aiohttp import WSCloseCode, WSMsgType

from .echo_app import CLOSE_CODES, create_app


@pytest.mark.asyncio
async def test_text(aiohttp_client):
    client = await aiohttp_client(create_app())
    async with client.ws_connect(
        "/echo"
    ) as ws:  # a path: the client knows the server's URL
        await ws.send_str("hello")
        assert await ws.receive_str() == "echo: hello"


@pytest.mark.asyncio
async def test_json(aiohttp_client):
    client = await aiohttp_client(create_app())
    async with client.ws_connect("/total") as ws:
        await ws.send_json({"numbers": [1, 2, 3]})
        assert await ws.receive_json() == {"total": 6}


@pytest.mark.asyncio
async def test_server_closes(aiohttp_client):
    client = await aiohttp_client(create_app())
    async with client.ws_connect("/echo") as ws:
        await ws.send_str("bye")
        # not receive_str(): the next message is the close frame
        msg = await ws.receive()
        assert msg.type is WSMsgType.CLOSE
        assert msg.data == WSCloseCode.OK
        assert msg.extra == "see you"
        assert ws.closed  # the client answered the close frame and closed too


@pytest.mark.asyncio
async def test_client_closes(aiohttp_client):
    client = await aiohttp_client(create_app())
    async with client.ws_connect("/echo") as ws:
        await ws.send_str("hello")
        assert await ws.receive_str() == "echo: hello"
    # Leaving the block closed the connection: close() returns once the server has answered,
    # and by then the handler has left its loop and recorded how the connection ended.
    assert ws.close_code == WSCloseCode.OK
    assert client.app[CLOSE_CODES] == [WSCloseCode.OK]
