import pytest
from aiohttp.test_utils import TestServer

from .api_client import UserAPIClient
from .fake_users_api import create_app


@pytest.mark.asyncio
async def test_fetch_user_from_a_real_server():
    # No port given: the server binds 127.0.0.1 port 0 and the OS picks a free port.
    async with TestServer(create_app()) as server:
        base_url = str(server.make_url(""))  # http://127.0.0.1:<that port>
        client = UserAPIClient(base_url)

        assert await client.fetch_user(1) == {"id": 1, "name": "Alice"}
