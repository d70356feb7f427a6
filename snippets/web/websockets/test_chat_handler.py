from unittest.mock import AsyncMock

import pytest

from .websocket_handler import ChatHandler


@pytest.mark.asyncio
async def test_broadcast_to_all_connections():
    chat = ChatHandler()
    ws1, ws2, ws3 = AsyncMock(), AsyncMock(), AsyncMock()
    chat.connections = {ws1, ws2, ws3}

    await chat.broadcast("Hello everyone!")

    ws1.send.assert_awaited_once_with("Hello everyone!")
    ws2.send.assert_awaited_once_with("Hello everyone!")
    ws3.send.assert_awaited_once_with("Hello everyone!")


@pytest.mark.asyncio
async def test_messages_are_broadcast_then_connection_removed():
    chat = ChatHandler()
    listener = AsyncMock()
    chat.connections.add(listener)
    websocket = AsyncMock()
    # what the client sends, then it leaves
    websocket.__aiter__.return_value = [
        "msg1",
        "msg2",
    ]

    await chat.handle_connection(websocket)

    assert listener.send.await_args_list == [(("msg1",),), (("msg2",),)]
    assert websocket.send.await_count == 2  # the sender gets its own messages back
    assert chat.connections == {listener}
