# --8<-- [start:sample]
import asyncio


async def fetch_user(user_id: int) -> dict:
    await asyncio.sleep(0.01)  # stands in for a network round trip
    return {"id": user_id, "name": "Ada"}


def test_fetch_user():
    user = fetch_user(1)
    assert user["name"] == "Ada"


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
import pytest  # noqa: E402

pytestmark = [
    pytest.mark.xfail(raises=TypeError, strict=True, reason="a sync test cannot await"),
    # A sync test cannot await (the page's point): fetch_user()'s coroutine is never awaited.
    pytest.mark.filterwarnings(
        "ignore:coroutine 'fetch_user' was never awaited:RuntimeWarning"
    ),
]
