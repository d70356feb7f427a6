# --8<-- [start:sample]
import asyncio


async def fetch_user(user_id: int) -> dict:
    await asyncio.sleep(0.01)  # stands in for a network round trip
    return {"id": user_id, "name": "Ada"}


async def test_fetch_user():
    user = await fetch_user(1)
    assert user["name"] == "Ada"


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
import pytest  # noqa: E402

pytestmark = pytest.mark.xfail(
    raises=pytest.fail.Exception, strict=True, reason="no marker, no event loop"
)
