import asyncio

import looptime
import pytest


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_an_hour_in_no_time(looptime):
    # the `looptime` fixture: the running loop's time, as a number
    start = float(looptime)
    await asyncio.sleep(3600)
    assert looptime == start + 3600


@pytest.mark.asyncio
@pytest.mark.looptime(start=1_000)
async def test_the_clock_can_start_anywhere():
    assert asyncio.get_running_loop().time() == 1_000


@pytest.mark.asyncio
@pytest.mark.looptime(end=30)
async def test_the_end_of_time():
    with pytest.raises(looptime.LoopTimeoutError):  # a subclass of TimeoutError
        await asyncio.sleep(3600)
    assert asyncio.get_running_loop().time() == 30
