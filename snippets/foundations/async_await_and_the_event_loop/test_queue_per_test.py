import asyncio

import pytest
import pytest_asyncio


@pytest_asyncio.fixture
async def jobs() -> asyncio.Queue:
    return asyncio.Queue()  # made in the test's own loop, for this test only


async def consume_one(queue: asyncio.Queue) -> str:
    job = await queue.get()
    return f"done: {job}"


@pytest.mark.asyncio
async def test_first_job(jobs):
    consumer = asyncio.create_task(consume_one(jobs))
    await asyncio.sleep(0)
    await jobs.put("a")
    assert await consumer == "done: a"


@pytest.mark.asyncio
async def test_second_job(jobs):
    consumer = asyncio.create_task(consume_one(jobs))
    await asyncio.sleep(0)
    await jobs.put("b")
    assert await consumer == "done: b"
