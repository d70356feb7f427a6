import gc

import pytest
import pytest_asyncio

from .fake_users import create_app


@pytest_asyncio.fixture
async def base_url(aiohttp_server) -> str:
    server = await aiohttp_server(create_app())
    return str(server.make_url(""))


@pytest.fixture(autouse=True)
def collect_garbage():
    """After each test, free what it left unreachable: its leaks are reported on it."""
    yield
    gc.collect()
