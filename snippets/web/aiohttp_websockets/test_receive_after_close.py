# --8<-- [start:sample]
import pytest

from .echo_app import create_app


@pytest.mark.asyncio
async def test_bad_input(aiohttp_client):
    client = await aiohttp_client(create_app())
    async with client.ws_connect("/total") as ws:
        await ws.send_str("not JSON")
        assert await ws.receive_json() == {"error": "expected JSON with numbers"}


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
from aiohttp import WSMessageTypeError  # noqa: E402

pytestmark = pytest.mark.xfail(
    raises=WSMessageTypeError, strict=True, reason="the server closed instead"
)
