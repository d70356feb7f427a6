import asyncio

import pytest

from .notify import notify_all


class FakeMailer:
    """Records every send; the recipients in `failures` fail with their error."""

    def __init__(self, failures: dict[str, Exception] | None = None) -> None:
        self.failures = failures or {}
        self.attempted: list[str] = []

    async def send(self, recipient: str) -> None:
        self.attempted.append(recipient)
        await asyncio.sleep(0)  # a real mailer would wait for the network here
        if recipient in self.failures:
            raise self.failures[recipient]


@pytest.mark.asyncio
async def test_every_recipient_is_attempted():
    mailer = FakeMailer({"bob": ConnectionError("bob: connection reset")})
    report = await notify_all(["ada", "bob", "cy"], mailer.send)
    assert mailer.attempted == ["ada", "bob", "cy"]  # bob's failure stopped nobody
    assert report.sent == ["ada", "cy"]
    assert list(report.failed) == ["bob"]


@pytest.mark.asyncio
async def test_each_failure_is_reported_with_its_error():
    mailer = FakeMailer(
        {
            "ada": ConnectionError("ada: connection reset"),
            "cy": TimeoutError("cy: no answer"),
        }
    )
    report = await notify_all(["ada", "bob", "cy"], mailer.send)
    assert report.sent == ["bob"]
    assert {name: repr(error) for name, error in report.failed.items()} == {
        "ada": "ConnectionError('ada: connection reset')",
        "cy": "TimeoutError('cy: no answer')",
    }


@pytest.mark.asyncio
async def test_a_cancelled_send_is_a_failure_too():
    waiting = asyncio.Event()
    connection = asyncio.get_running_loop().create_future()

    async def send(recipient: str) -> None:
        if recipient == "bob":
            waiting.set()
            await connection  # bob's send waits for a connection...

    notifying = asyncio.create_task(notify_all(["ada", "bob"], send))
    await waiting.wait()
    connection.cancel()  # ...which is shut down: bob's send ends cancelled
    report = await notifying
    assert report.sent == ["ada"]
    error = report.failed["bob"]
    assert isinstance(error, asyncio.CancelledError)
    assert not isinstance(error, Exception)  # `isinstance(r, Exception)` would miss bob
