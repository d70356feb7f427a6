import asyncio

import pytest


def test_cancelled_error_is_not_an_exception():
    assert issubclass(asyncio.CancelledError, BaseException)
    assert not issubclass(asyncio.CancelledError, Exception)  # since Python 3.8


async def price_or_default(fetch) -> float:
    try:
        return await fetch()
    except Exception:  # a broad handler for the service's errors...
        return 0.0  # ...does not catch a cancellation


@pytest.mark.asyncio
async def test_except_exception_handles_errors():
    async def broken() -> float:
        raise ConnectionError("refused")

    assert await price_or_default(broken) == 0.0


@pytest.mark.asyncio
async def test_except_exception_lets_a_cancellation_through():
    async def slow() -> float:
        return await asyncio.get_running_loop().create_future()  # never resolved

    task = asyncio.create_task(price_or_default(slow))
    await asyncio.sleep(0)  # let the task start and reach its first await
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
