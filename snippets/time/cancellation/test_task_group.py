import asyncio

import pytest

from .jobs import Pool, run_job


async def fails_after_a_second() -> str:
    await asyncio.sleep(1)
    raise ValueError("bad row")


async def endless() -> str:
    return await asyncio.get_running_loop().create_future()  # never resolved


async def endless_with_slow_cleanup() -> str:
    try:
        return await endless()
    finally:
        await asyncio.sleep(2)  # e.g. flushing a buffer before it stops


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_a_failing_job_cancels_the_others():
    pool = Pool()
    loop = asyncio.get_running_loop()
    start = loop.time()
    with pytest.RaisesGroup(ValueError):  # the cancelled jobs are not in the group
        async with asyncio.TaskGroup() as tg:
            tg.create_task(run_job(pool, fails_after_a_second))
            tg.create_task(run_job(pool, endless))
            tg.create_task(run_job(pool, endless_with_slow_cleanup))
    assert pool.in_use == 0  # every job gave its connection back
    assert loop.time() - start == 1 + 2  # the group waited for the slow cleanup
