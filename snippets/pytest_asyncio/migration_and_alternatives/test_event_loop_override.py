# --8<-- [start:sample]
import asyncio

import pytest


# Copied from an older tutorial: "one event loop for the whole session".
@pytest.fixture(scope="session")
def event_loop():
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


@pytest.mark.asyncio
async def test_runs_in_the_session_loop(event_loop):
    same_loop = asyncio.get_running_loop() is event_loop
    assert same_loop, "the test ran in another event loop"


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=AssertionError,
    strict=True,
    reason="pytest-asyncio no longer uses a fixture named event_loop",
)
