# --8<-- [start:sample]
import httpx  # missing in the original
import pytest

from .tutorial_app import app


@pytest.mark.asyncio
async def test_websocket_communication():
    """Test WebSocket communication."""

    # the original passes app=app: removed in httpx 0.28
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        # Note: WebSocket testing typically requires specialized WebSocket client
        # This is a simplified example
        with pytest.raises(NotImplementedError):
            # In practice, you'd use a WebSocket client library
            pass


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=pytest.fail.Exception, strict=True, reason="nothing raises"
)
