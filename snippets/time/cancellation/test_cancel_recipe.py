import asyncio

import pytest

from .jobs import Pool, run_job


@pytest.mark.asyncio
async def test_a_cancelled_job_releases_its_connection(cancel):
    pool = Pool()
    started = asyncio.Event()

    async def endless_job() -> str:
        started.set()
        return await asyncio.get_running_loop().create_future()  # never resolved

    task = asyncio.create_task(run_job(pool, endless_job), name="job")
    await started.wait()  # no guessing: the job is running, with its connection
    assert pool.in_use == 1
    await cancel(task)
    assert pool.in_use == 0
