import asyncio
import time

import pytest


@pytest.mark.asyncio
async def test_unmarked_tests_run_in_virtual_time():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(3600)
    assert loop.time() - start == 3600


@pytest.mark.asyncio
@pytest.mark.looptime(False)  # opted out: it waits on something outside the event loop
async def test_opted_out_tests_run_in_real_time():
    loop = asyncio.get_running_loop()
    assert abs(loop.time() - time.monotonic()) < 1  # the loop's clock is the real one
