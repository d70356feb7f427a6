# --8<-- [start:sample]
import pytest

from .api_client import AuthenticatedAPIClient
from .fake_api import serve_fake_api


@pytest.fixture
async def authenticated_client():
    async with serve_fake_api() as base_url:
        client = AuthenticatedAPIClient(base_url)
        await client.authenticate("testuser", "testpass")
        yield client
        await client.close()


def test_sync_using_async_fixture(authenticated_client):
    assert authenticated_client.token == "test-token"


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=pytest.fail.Exception,
    strict=True,
    reason="pytest 9 cannot run an async fixture",
)
