import asyncio

import pytest


class Mailer:
    def __init__(self) -> None:
        self.outbox: list[str] = []
        self._tasks: set[asyncio.Task] = set()

    def send_later(self, text: str) -> None:
        task = asyncio.create_task(self._send(text))
        self._tasks.add(task)  # the loop keeps only a weak reference to a task
        task.add_done_callback(self._tasks.discard)

    async def _send(self, text: str) -> None:
        await asyncio.sleep(0)  # stands in for the SMTP conversation
        self.outbox.append(text)

    async def drain(self) -> None:
        """Wait for every message still being sent."""
        await asyncio.gather(*self._tasks)


@pytest.mark.asyncio
async def test_messages_are_sent_in_the_background():
    mailer = Mailer()
    mailer.send_later("Welcome, Ada!")
    mailer.send_later("Welcome, Grace!")
    assert mailer.outbox == []  # send_later() returned at once
    await mailer.drain()
    assert mailer.outbox == ["Welcome, Ada!", "Welcome, Grace!"]
