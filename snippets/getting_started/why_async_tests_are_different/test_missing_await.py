# --8<-- [start:sample]
import asyncio

import pytest


async def fetch_user(user_id: int) -> dict:
    await asyncio.sleep(0.01)  # stands in for a network round trip
    return {"id": user_id, "name": "Ada"}


@pytest.mark.asyncio
async def test_fetch_user():
    user = fetch_user(1)
    assert user["name"] == "Ada"


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = [
    pytest.mark.xfail(
        raises=TypeError, strict=True, reason="the coroutine is never awaited"
    ),
    # The missing await (the page's point) leaves fetch_user()'s coroutine never awaited.
    pytest.mark.filterwarnings(
        "ignore:coroutine 'fetch_user' was never awaited:RuntimeWarning"
    ),
]
