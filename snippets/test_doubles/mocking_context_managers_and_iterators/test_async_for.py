from unittest.mock import AsyncMock, MagicMock, call

import pytest


class ChatHandler:
    def __init__(self):
        self.connections = set()

    async def handle_connection(self, websocket):
        self.connections.add(websocket)
        try:
            async for message in websocket:
                await self.broadcast(message)
        finally:
            self.connections.discard(websocket)

    async def broadcast(self, message: str):
        for conn in self.connections:
            await conn.send(message)


@pytest.mark.asyncio
async def test_messages_are_broadcast_then_the_connection_is_dropped():
    ws = AsyncMock()  # a websocket's methods (send, recv, close) are all coroutines
    ws.__aiter__.return_value = ["msg1", "msg2"]  # what `async for` yields

    handler = ChatHandler()
    await handler.handle_connection(ws)

    assert ws.send.await_args_list == [call("msg1"), call("msg2")]
    assert ws not in handler.connections


async def count_bytes(resp) -> int:
    total = 0
    async for chunk in resp.content.iter_chunked(1024):
        total += len(chunk)
    return total


@pytest.mark.asyncio
async def test_count_bytes():
    # iter_chunked() is a plain method that returns an async iterator
    resp = MagicMock()
    resp.content.iter_chunked.return_value.__aiter__.return_value = [b"abc", b"de"]

    assert await count_bytes(resp) == 5
    resp.content.iter_chunked.assert_called_once_with(1024)
