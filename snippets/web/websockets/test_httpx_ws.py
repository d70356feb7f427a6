import httpx
import pytest
from httpx_ws import aconnect_ws
from httpx_ws.transport import ASGIWebSocketTransport

from .echo_app import app


@pytest.mark.asyncio
async def test_echo():
    transport = ASGIWebSocketTransport(app)  # httpx's ASGITransport, plus WebSockets
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        async with aconnect_ws(
            "/ws", client
        ) as websocket:  # pass the client: it has the transport
            await websocket.send_text("hello")
            assert await websocket.receive_text() == "Echo: hello"
            await websocket.send_text("again")
            assert await websocket.receive_text() == "Echo: again"
