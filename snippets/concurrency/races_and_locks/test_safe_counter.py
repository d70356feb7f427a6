import asyncio

import pytest

from .safe_counter import SafeCounter


@pytest.mark.asyncio
@pytest.mark.looptime  # the 1 ms sleeps pass in loop time, not real time
async def test_concurrent_increments_safe():
    counter = SafeCounter()
    loop = asyncio.get_running_loop()
    start = loop.time()

    await asyncio.gather(*(counter.increment() for _ in range(100)))

    assert counter.count == 100
    # The price of the lock: the increments waited their 1 ms one after another.
    assert loop.time() - start == 0.1
