import asyncio
from datetime import UTC, datetime

import pytest
from freezegun import freeze_time

from .reminders import send_reminders

NINE = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@pytest.mark.asyncio
@pytest.mark.looptime  # the loop's clock is looptime's own: freezegun cannot stop it
async def test_frozen_wall_clock_virtual_loop_clock():
    loop = asyncio.get_running_loop()
    start = loop.time()
    outbox = []
    with freeze_time(NINE):
        await send_reminders(outbox, ["ann", "bob"])
    assert outbox == [("ann", NINE), ("bob", NINE)]
    assert loop.time() - start == 2
