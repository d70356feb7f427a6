import asyncio
import itertools

import pytest

from .notifier import Notifier

LATENCIES = itertools.cycle([0.002, 0.004, 0.030])


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_notification_is_sent():
    sent = []

    async def send(user, message):
        await asyncio.sleep(next(LATENCIES))
        sent.append((user, message))

    notifier = Notifier(send)
    notifier.notify("ann", "welcome")
    await notifier.drain()  # wait for the work itself, however long it takes
    assert sent == [("ann", "welcome")]


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_a_slow_network_only_takes_longer():
    sent = []

    async def send(user, message):
        await asyncio.sleep(30)  # half a minute of loop time, no real time
        sent.append((user, message))

    notifier = Notifier(send)
    notifier.notify("ann", "welcome")
    await notifier.drain()
    assert sent == [("ann", "welcome")]
    assert asyncio.get_running_loop().time() == 30
