import httpx
import pytest
from httpx_ws import aconnect_ws
from httpx_ws.transport import ASGIWebSocketTransport

from .tutorial_app import app  # the endpoint that does not handle WebSocketDisconnect


@pytest.mark.asyncio
async def test_echo():
    transport = ASGIWebSocketTransport(app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        async with aconnect_ws("/ws", client) as websocket:
            await websocket.send_text("hello")
            assert await websocket.receive_text() == "Echo: hello"
