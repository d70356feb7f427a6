# --8<-- [start:sample]
import pytest

from .api_client import AuthenticatedAPIClient


@pytest.fixture
def authenticated_client():
    client = AuthenticatedAPIClient("http://127.0.0.1:8080")  # never reached: see below
    # A sync function cannot await. Without await, this line only creates a coroutine.
    client.authenticate("testuser", "testpass")
    return client


@pytest.mark.asyncio
async def test_fetch_user_authenticated(authenticated_client):
    user = await authenticated_client.fetch_user(1)
    assert user["id"] == 1


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = [
    pytest.mark.xfail(
        raises=ValueError, strict=True, reason="authenticate() never ran"
    ),
    # The sync fixture calls authenticate() without await (the page's point): never awaited.
    pytest.mark.filterwarnings(
        "ignore:coroutine 'AuthenticatedAPIClient.authenticate' was never awaited:RuntimeWarning"
    ),
]
