import asyncio

import pytest
import pytest_asyncio

from .notifier import Notifier


@pytest.fixture
def outbox():
    return []  # a new fake outbox for each test


@pytest_asyncio.fixture
async def notifier(outbox):
    async def send(user, message):
        await asyncio.sleep(0.001)  # the network
        outbox.append((user, message))

    notifier = Notifier(send)
    yield notifier
    await notifier.drain()  # no test leaves deliveries behind for the next one


@pytest.mark.asyncio
async def test_reminder_is_delivered(notifier, outbox):
    notifier.notify("bob", "reminder")
    await notifier.drain()
    assert outbox == [("bob", "reminder")]


@pytest.mark.asyncio
async def test_welcome_does_not_block_the_caller(notifier, outbox):
    notifier.notify("ann", "welcome")  # returns at once...
    assert outbox == []  # ...before the message is delivered
