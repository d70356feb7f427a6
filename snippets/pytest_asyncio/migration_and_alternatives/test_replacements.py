import asyncio

import pytest
import pytest_asyncio


async def fetch_status() -> str:
    await asyncio.sleep(0)
    return "ok"


# 1. A test that used event_loop.run_until_complete(): make it async.
@pytest.mark.asyncio
async def test_fetch_status():
    assert await fetch_status() == "ok"


# 2. Code that needs the loop object: ask for the running loop.
@pytest.mark.asyncio
async def test_schedules_a_callback():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_soon(done.set_result, "called")
    assert await done == "called"


# 3. A sync test that must stay sync: run the coroutine with asyncio.run().
def test_fetch_status_from_sync_code():
    assert asyncio.run(fetch_status()) == "ok"


# 4. A session-wide loop (the old event_loop override): say so with loop_scope,
#    on the fixture and on the tests that use it.
@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def session_loop():
    return asyncio.get_running_loop()


@pytest.mark.asyncio(loop_scope="session")
async def test_runs_in_the_session_loop(session_loop):
    assert asyncio.get_running_loop() is session_loop
