# --8<-- [start:sample]
import asyncio


async def fetch_status() -> str:
    await asyncio.sleep(0)
    return "ok"


def test_fetch_status(event_loop):  # pytest-asyncio 0.21 style
    assert event_loop.run_until_complete(fetch_status()) == "ok"


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
import pytest  # noqa: E402

pytestmark = pytest.mark.xfail(
    raises=pytest.FixtureLookupError,
    strict=True,
    reason="pytest-asyncio 1.0 removed the event_loop fixture",
)
