import aiohttp
import pytest

from .tasks_app import create_app

AUTH = {"Authorization": "Bearer s3cret"}


@pytest.mark.asyncio
async def test_client_recovers_after_a_restart(aiohttp_server, unused_tcp_port):
    # unused_tcp_port (pytest-asyncio): a port that was free a moment ago. Only for tests that
    # need the port before the server starts, or the same port twice: port 0 is safer.
    server = await aiohttp_server(create_app(), port=unused_tcp_port)
    url = server.make_url("/tasks/1")

    async with aiohttp.ClientSession(headers=AUTH) as session:
        async with session.get(url) as response:
            assert response.status == 200

        await server.close()  # the service goes down...
        with pytest.raises(aiohttp.ClientConnectorError):
            await session.get(url)

        # ...and comes back, same port
        await aiohttp_server(create_app(), port=unused_tcp_port)
        async with session.get(url) as response:
            assert response.status == 200
