# --8<-- [start:sample]
import httpx
import pytest

from .app import app


@pytest.mark.asyncio
async def test_create_user():
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.post("/users", json={"name": "Ada"})


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=AttributeError, strict=True, reason="no lifespan, no store"
)
