# --8<-- [start:sample]
import pytest
import pytest_asyncio

from .api_client import AuthenticatedAPIClient
from .fake_api import serve_fake_api


@pytest_asyncio.fixture
async def authenticated_client():
    async with serve_fake_api() as base_url:
        client = AuthenticatedAPIClient(base_url)
        try:
            # authenticate() opens the HTTP session, then the login fails: wrong password.
            await client.authenticate("testuser", "wrong-password")
            yield client
        finally:  # runs even when the setup above raises, so the session is closed
            await client.close()
            print(f"\ncleanup ran: session closed = {client.session.closed}")


@pytest.mark.asyncio
async def test_fetch_user(authenticated_client):
    user = await authenticated_client.fetch_user(1)
    assert user["id"] == 1


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
import aiohttp  # noqa: E402

pytestmark = pytest.mark.xfail(
    raises=aiohttp.ClientResponseError,
    strict=True,
    reason="the login fails in setup",
)
