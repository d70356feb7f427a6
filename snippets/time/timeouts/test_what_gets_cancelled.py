import asyncio
import sys

import pytest


def test_asyncio_timeout_error_is_the_builtin_one():
    assert asyncio.TimeoutError is TimeoutError  # since Python 3.11


async def slow_operation(log: list, cleanup_seconds: float = 0) -> None:
    """Waits a minute; records the cancellation, cleans up, and lets the cancellation go on."""
    try:
        await asyncio.sleep(60)
    except asyncio.CancelledError:
        log.append(("cancelled", asyncio.current_task()))
        raise
    finally:
        await asyncio.sleep(cleanup_seconds)  # e.g. closing a connection politely


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_timeout_cancels_the_block_in_this_task():
    log = []
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(2) as cm:
            await slow_operation(log)
    assert log == [("cancelled", asyncio.current_task())]  # the test's own task
    assert cm.expired()


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_wait_for_cancels_what_it_waits_for():
    log = []
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(slow_operation(log), timeout=2)
    [(_, cancelled_task)] = log
    in_this_task = cancelled_task is asyncio.current_task()
    # 3.11: a task of its own; 3.12+: this one
    assert in_this_task is (sys.version_info >= (3, 12))


@pytest.mark.asyncio
@pytest.mark.looptime
@pytest.mark.parametrize("limit", ["timeout", "wait_for"])
async def test_the_deadline_waits_for_cleanup(limit):
    loop = asyncio.get_running_loop()
    start = loop.time()
    with pytest.raises(TimeoutError):
        if limit == "timeout":
            async with asyncio.timeout(2):
                await slow_operation([], cleanup_seconds=3)
        else:
            await asyncio.wait_for(slow_operation([], cleanup_seconds=3), timeout=2)
    assert loop.time() - start == 2 + 3  # TimeoutError only once the cleanup is over


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_a_timeout_error_from_inside_is_not_ours():
    async def fetch(symbol: str) -> float:
        raise TimeoutError("upstream gave up")  # e.g. an HTTP client's own timeout

    with pytest.raises(TimeoutError, match="upstream gave up"):
        async with asyncio.timeout(2) as cm:
            await fetch("ACME")
    assert not cm.expired()  # our deadline did not fire
