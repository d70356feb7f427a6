from unittest.mock import AsyncMock

import pytest
from websockets.exceptions import ConnectionClosed

from .chat import ChatHandler


@pytest.mark.asyncio
async def test_client_joins_during_broadcast():
    chat = ChatHandler()
    sender, newcomer = AsyncMock(), AsyncMock()
    sender.send.side_effect = lambda message: chat.connections.add(newcomer)
    chat.connections.add(sender)

    await chat.broadcast("hello")

    sender.send.assert_awaited_once_with("hello")
    newcomer.send.assert_not_awaited()  # joined after the message was sent
    assert chat.connections == {sender, newcomer}


@pytest.mark.asyncio
async def test_client_left_during_broadcast():
    chat = ChatHandler()
    gone, present = AsyncMock(), AsyncMock()
    gone.send.side_effect = ConnectionClosed(None, None)
    chat.connections = {gone, present}

    await chat.broadcast("hello")

    present.send.assert_awaited_once_with("hello")
