# --8<-- [start:sample]
import pytest

from .tasks_app import create_app


@pytest.mark.asyncio
async def test_server_on_a_known_port(aiohttp_server, aiohttp_unused_port):
    port = aiohttp_unused_port()
    server = await aiohttp_server(create_app(), port=port)
    assert server.port == port


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=pytest.FixtureLookupError,
    strict=True,
    reason="aiohttp_unused_port is in aiohttp.pytest_plugin, not pytest-aiohttp",
)
