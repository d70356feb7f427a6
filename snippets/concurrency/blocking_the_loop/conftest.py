from collections.abc import Iterator

import pytest
import pytest_asyncio
from blockbuster import BlockBuster, blockbuster_ctx

from .fake_users import create_app


@pytest_asyncio.fixture
async def base_url(aiohttp_server) -> str:
    server = await aiohttp_server(create_app())
    return str(server.make_url(""))


@pytest.fixture
def blockbuster() -> Iterator[BlockBuster]:
    """While a test runs, a blocking call made in the event loop raises BlockingError."""
    with blockbuster_ctx() as bb:
        yield bb
