import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from .reminders import send_reminders

NINE = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_a_clock_passed_in():
    loop = asyncio.get_running_loop()
    start = loop.time()

    def now() -> datetime:  # a wall clock that follows the loop's virtual clock
        return NINE + timedelta(seconds=loop.time() - start)

    outbox = []
    await send_reminders(outbox, ["ann", "bob"], now=now)
    assert outbox == [("ann", NINE), ("bob", NINE + timedelta(seconds=1))]
