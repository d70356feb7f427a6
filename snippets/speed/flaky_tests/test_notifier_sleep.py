import asyncio
import itertools

import pytest

from .notifier import Notifier

# The fake network's latency, in seconds: fast, fast, then slow, as real networks sometimes are.
LATENCIES = itertools.cycle([0.002, 0.004, 0.030])


@pytest.mark.asyncio
@pytest.mark.looptime  # virtual time: the same latencies, in the same order, on every run
async def test_notification_is_sent():
    sent = []

    async def send(user, message):
        await asyncio.sleep(next(LATENCIES))  # the network call
        sent.append((user, message))

    notifier = Notifier(send)
    notifier.notify("ann", "welcome")
    await asyncio.sleep(0.01)  # "long enough" for the notification to go out
    assert sent == [("ann", "welcome")]
