import pytest_asyncio

from .fake_users import create_app


@pytest_asyncio.fixture
async def base_url(aiohttp_server) -> str:
    server = await aiohttp_server(create_app())
    return str(server.make_url(""))
