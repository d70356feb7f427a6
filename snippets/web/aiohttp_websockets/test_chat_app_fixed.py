import pytest

from .chat_app_fixed import ROOM, create_app


@pytest.mark.asyncio
async def test_bob_leaves(aiohttp_client):
    client = await aiohttp_client(create_app())
    async with client.ws_connect("/chat", params={"name": "alice"}) as alice:
        assert await alice.receive_str() == "alice joined"
        async with client.ws_connect("/chat", params={"name": "bob"}) as bob:
            assert await bob.receive_str() == "bob joined"
            assert await alice.receive_str() == "bob joined"
        # bob has closed his connection
        assert await alice.receive_str() == "bob left"

        await alice.send_str("anyone there?")
        assert await alice.receive_str() == "alice: anyone there?"
        assert list(client.app[ROOM]) == ["alice"]


@pytest.mark.asyncio
async def test_broadcast_skips_a_closing_connection(aiohttp_client):
    client = await aiohttp_client(create_app())
    room = client.app[ROOM]
    async with client.ws_connect("/chat", params={"name": "carol"}) as carol:
        assert await carol.receive_str() == "carol joined"
        carols_connection = room["carol"]
    # Under load a send can wait, and a client can leave meanwhile: its closing connection is
    # still in the room when the broadcast reaches it. Put carol's back to recreate that moment.
    room["carol"] = carols_connection

    async with client.ws_connect("/chat", params={"name": "alice"}) as alice:
        # the broadcast skipped carol
        assert await alice.receive_str() == "alice joined"
        await alice.send_str("hi")
        # alice's handler is still running
        assert await alice.receive_str() == "alice: hi"
