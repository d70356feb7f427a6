# --8<-- [start:sample]
import pytest
from aiohttp.test_utils import make_mocked_request

from .tasks_app import create_app, get_task


@pytest.mark.asyncio
async def test_get_task():
    request = make_mocked_request(
        "GET", "/tasks/2", headers={"Authorization": "Bearer s3cret"}, app=create_app()
    )

    assert (await get_task(request)).status == 200


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=KeyError, strict=True, reason="no router: match_info is empty"
)
