import asyncio

import pytest

from .notifier import Notifier

# The tests share one event loop and one fake outbox, as tests around an expensive shared
# resource often do.
pytestmark = pytest.mark.asyncio(loop_scope="module")
outbox = []


async def fake_send(user, message):
    await asyncio.sleep(0.001)  # the network
    outbox.append((user, message))


async def test_reminder_is_delivered():
    outbox.clear()
    notifier = Notifier(fake_send)
    notifier.notify("bob", "reminder")
    await notifier.drain()
    assert outbox == [("bob", "reminder")]


async def test_welcome_does_not_block_the_caller():
    notifier = Notifier(fake_send)
    notifier.notify("ann", "welcome")  # returns at once...
    assert ("ann", "welcome") not in outbox  # ...before the message is delivered
