# --8<-- [start:sample]
import pytest

from .chat_app_fixed import create_app


@pytest.mark.asyncio
async def test_join(aiohttp_client):
    client = await aiohttp_client(create_app())
    await client.ws_connect("/chat")  # forgot ?name=alice


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
from aiohttp import WSServerHandshakeError  # noqa: E402

pytestmark = pytest.mark.xfail(
    raises=WSServerHandshakeError, strict=True, reason="the handler failed: a 500"
)
