import asyncio
from datetime import UTC, datetime

import pytest

from .reminders import send_reminders

NINE = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@pytest.mark.asyncio
# time-machine's marker: travel for this test
@pytest.mark.time_machine(NINE, tick=False)
async def test_time_machine_leaves_the_loop_clock_alone():
    outbox = []
    await send_reminders(outbox, ["ann", "bob"], pause=0.001)  # two real pauses of 1 ms
    assert outbox == [("ann", NINE), ("bob", NINE)]


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_time_machine_with_virtual_pauses(time_machine):
    time_machine.move_to(NINE, tick=False)
    loop = asyncio.get_running_loop()
    start = loop.time()
    outbox = []
    await send_reminders(outbox, ["ann", "bob"], pause=60)
    assert outbox == [("ann", NINE), ("bob", NINE)]
    assert loop.time() - start == 120
