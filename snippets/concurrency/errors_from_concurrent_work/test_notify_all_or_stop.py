import asyncio

import pytest

from .notify import notify_all_or_stop


@pytest.mark.asyncio
async def test_the_first_failure_cancels_the_other_sends():
    cancelled: list[str] = []

    async def send(recipient: str) -> None:
        if recipient == "bob":
            raise ConnectionError("bob: connection reset")
        try:
            await asyncio.Event().wait()  # the other sends never get an answer
        except asyncio.CancelledError:
            cancelled.append(recipient)
            raise

    # bob's error alone: the others were cancelled
    with pytest.RaisesGroup(ConnectionError):
        await notify_all_or_stop(["ada", "bob", "cy"], send)
    # in no particular order: the group keeps a set
    assert sorted(cancelled) == [
        "ada",
        "cy",
    ]


@pytest.mark.asyncio
async def test_failures_in_the_same_pass_are_all_in_the_group():
    async def send(recipient: str) -> None:
        raise ConnectionError(f"{recipient}: connection reset")

    # Every send fails in its first step, before the TaskGroup can cancel anything.
    with pytest.RaisesGroup(ConnectionError, ConnectionError, ConnectionError):
        await notify_all_or_stop(["ada", "bob", "cy"], send)


@pytest.mark.asyncio
async def test_group_contains_checks_one_error_and_ignores_the_rest():
    async def send(recipient: str) -> None:
        await asyncio.sleep(0)
        raise ConnectionError(f"{recipient}: connection reset")

    with pytest.raises(ExceptionGroup) as excinfo:
        await notify_all_or_stop(["ada", "bob", "cy"], send)
    # How many sends fail before the group cancels the rest depends on when each one fails.
    # This test only cares that bob's error is reported:
    assert excinfo.group_contains(ConnectionError, match="^bob: ")
