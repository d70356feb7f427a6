from datetime import UTC, datetime

import pytest
from freezegun import freeze_time

from .reminders import send_reminders

NINE = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@pytest.mark.asyncio
async def test_event_loops_keep_the_real_clock():
    outbox = []
    # freezegun 1.4+: event loops see real time
    with freeze_time(NINE, real_asyncio=True):
        # two real pauses of 1 ms
        await send_reminders(outbox, ["ann", "bob"], pause=0.001)
    assert outbox == [("ann", NINE), ("bob", NINE)]
