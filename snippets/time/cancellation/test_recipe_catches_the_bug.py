# --8<-- [start:sample]
import asyncio

import pytest

from .jobs import Pool, run_job_quietly


@pytest.mark.asyncio
async def test_a_cancelled_quiet_job(cancel):
    pool = Pool()
    started = asyncio.Event()

    async def endless_job() -> str:
        started.set()
        return await asyncio.get_running_loop().create_future()  # never resolved

    task = asyncio.create_task(run_job_quietly(pool, endless_job), name="quiet job")
    await started.wait()
    await cancel(task)


# --8<-- [end:sample]


pytestmark = pytest.mark.xfail(
    raises=AssertionError,
    strict=True,
    reason="run_job_quietly swallows the cancellation",
)
