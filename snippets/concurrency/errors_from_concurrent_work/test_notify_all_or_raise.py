import asyncio

import pytest

from .notify import notify_all_or_raise


def mailer(failures: dict[str, Exception]):
    async def send(recipient: str) -> None:
        await asyncio.sleep(0)
        if recipient in failures:
            raise failures[recipient]

    return send


@pytest.mark.asyncio
async def test_no_failure_returns_everyone():
    assert await notify_all_or_raise(["ada", "bob"], mailer({})) == ["ada", "bob"]


@pytest.mark.asyncio
async def test_every_failure_is_raised_together():
    send = mailer(
        {
            "ada": ConnectionError("ada: connection reset"),
            "cy": TimeoutError("cy: no answer"),
        }
    )
    # Every send ran to its end, so the group holds every failure: RaisesGroup can be exact.
    with pytest.RaisesGroup(
        pytest.RaisesExc(ConnectionError, match="^ada: "),
        pytest.RaisesExc(TimeoutError, match="^cy: "),
        match="^2 of 3 notifications failed$",
    ):
        await notify_all_or_raise(["ada", "bob", "cy"], send)


@pytest.mark.asyncio
async def test_the_group_keeps_the_order_of_the_recipients():
    send = mailer({name: ConnectionError(name) for name in ["cy", "ada"]})
    with pytest.raises(ExceptionGroup) as excinfo:
        await notify_all_or_raise(["ada", "bob", "cy"], send)
    assert [str(error) for error in excinfo.value.exceptions] == ["ada", "cy"]


def test_base_exception_group_picks_the_class():
    assert type(BaseExceptionGroup("", [ValueError()])) is ExceptionGroup
    assert (
        type(BaseExceptionGroup("", [asyncio.CancelledError()])) is BaseExceptionGroup
    )
    with pytest.raises(
        TypeError, match="^Cannot nest BaseExceptions in an ExceptionGroup$"
    ):
        ExceptionGroup("", [asyncio.CancelledError()])
