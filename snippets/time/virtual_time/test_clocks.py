import asyncio
import time

import pytest


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_only_the_loop_clock_is_virtual():
    loop = asyncio.get_running_loop()
    loop_start, monotonic_start, wall_start = loop.time(), time.monotonic(), time.time()
    await asyncio.sleep(60)
    assert loop.time() - loop_start == 60
    assert time.monotonic() - monotonic_start < 60  # real time: microseconds
    assert time.time() - wall_start < 60
