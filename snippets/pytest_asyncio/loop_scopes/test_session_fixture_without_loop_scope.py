# --8<-- [start:sample]
import asyncio

import pytest
import pytest_asyncio


# cached for the session, but which loop runs it?
@pytest_asyncio.fixture(scope="session")
async def job_queue():
    return asyncio.Queue()


@pytest.mark.asyncio
async def test_submit_job(job_queue):
    await job_queue.put("resize-image")
    assert job_queue.qsize() == 1


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=pytest.fail.Exception,
    strict=True,
    reason="ScopeMismatch: a session-scoped fixture in the default function loop",
)
