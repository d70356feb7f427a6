import pytest
from websockets.asyncio.client import connect
from websockets.asyncio.server import serve

from .chat import ChatHandler


@pytest.mark.asyncio
async def test_two_clients_chat():
    chat = ChatHandler()
    async with serve(
        chat.handle_connection, "127.0.0.1", 0
    ) as server:  # port 0: any free port
        host, port = server.sockets[0].getsockname()[:2]
        url = f"ws://{host}:{port}"
        async with connect(url) as alice:
            # Everyone gets every message, the sender too: the echo proves alice is registered.
            await alice.send("alice joined")
            assert await alice.recv() == "alice joined"
            async with connect(url) as bob:
                await bob.send("bob joined")
                assert await bob.recv() == "bob joined"
                assert await alice.recv() == "bob joined"

                await alice.send("hi bob")
                assert await bob.recv() == "hi bob"
                assert await alice.recv() == "hi bob"
    # Leaving serve() waited for every handler to finish: each removed its connection.
    assert chat.connections == set()
