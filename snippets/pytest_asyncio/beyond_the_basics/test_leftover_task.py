import asyncio

import pytest

events = []


async def heartbeat():
    try:
        while True:
            await asyncio.sleep(3600)
    finally:
        events.append("heartbeat cancelled")
        print("heartbeat cancelled")


@pytest.fixture
def check_heartbeat_was_cancelled():
    yield
    # Torn down after pytest-asyncio has closed the test's event loop.
    assert events == ["heartbeat cancelled"]


@pytest.mark.asyncio
async def test_starts_a_background_task(check_heartbeat_was_cancelled):
    asyncio.create_task(heartbeat())  # never awaited, never cancelled by the test
    await asyncio.sleep(0)  # let it start
    print("test body done")
