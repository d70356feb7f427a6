# --8<-- [start:sample]
import asyncio
from datetime import UTC, datetime

import pytest
from freezegun import freeze_time

from .reminders import send_reminders

NINE = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@pytest.fixture
def frozen():
    with freeze_time(NINE):  # freezes datetime.now(), time.time() and time.monotonic()
        yield


@pytest.mark.asyncio
# pytest-timeout: stop it after 0.2 s of real time
@pytest.mark.timeout(0.2, func_only=True)
async def test_reminders_are_stamped(frozen):
    outbox = []
    async with asyncio.timeout(0.05):  # our own limit, in loop time: it never fires
        await send_reminders(outbox, ["ann", "bob"])
    assert outbox == [("ann", NINE), ("bob", NINE)]


# --8<-- [end:sample]


pytestmark = pytest.mark.xfail(
    raises=pytest.fail.Exception,
    strict=True,
    reason="the loop's clock is frozen: asyncio.sleep() never ends",
)
