# --8<-- [start:sample]
import httpx
import pytest

from .app import app


@pytest.mark.asyncio
async def test_health():
    # How tutorials written for httpx < 0.28 create the client:
    client = httpx.AsyncClient(app=app, base_url="http://test")


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=TypeError, strict=True, reason="removed in httpx 0.28"
)
