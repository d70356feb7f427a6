import asyncio

import pytest

from .jobs import Pool, run_job_quietly


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_a_timeout_takes_back_its_own_cancellation():
    task = asyncio.current_task()
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(2):
            await asyncio.sleep(60)
    assert task.cancelling() == 0  # asyncio.timeout() called task.uncancel()


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_a_timeout_lets_someone_elses_cancellation_through():
    async def fetch_with_deadline() -> None:
        async with asyncio.timeout(2):
            try:
                await asyncio.sleep(60)
            finally:
                await asyncio.sleep(1)  # cleanup, still inside the timeout's block

    task = asyncio.create_task(fetch_with_deadline())
    # from outside, during the cleanup
    asyncio.get_running_loop().call_later(2.5, task.cancel)
    # not TimeoutError: two requests, one was not its own
    with pytest.raises(asyncio.CancelledError):
        await task


@pytest.mark.asyncio
async def test_swallowing_code_leaves_the_request_on_record():
    started = asyncio.Event()

    async def endless_job() -> str:
        started.set()
        return await asyncio.get_running_loop().create_future()  # never resolved

    task = asyncio.create_task(run_job_quietly(Pool(), endless_job))
    await started.wait()
    task.cancel()
    assert await task is None  # it returned normally...
    assert not task.cancelled()
    assert task.cancelling() == 1  # ...with a cancellation request nobody honoured
