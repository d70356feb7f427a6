import asyncio

import pytest

from .broken_limiters import gather_one_at_a_time
from .limiter import gather_limited


@pytest.mark.asyncio
@pytest.mark.looptime  # the tutorial sleeps for real; here the 0.1 s pass in loop time
@pytest.mark.parametrize("limiter", [gather_limited, gather_one_at_a_time])
async def test_async_semaphore_limiter(limiter):
    concurrent_count = 0
    max_concurrent = 0

    async def limited_operation():
        nonlocal concurrent_count, max_concurrent
        concurrent_count += 1
        max_concurrent = max(max_concurrent, concurrent_count)
        await asyncio.sleep(0.1)
        concurrent_count -= 1

    await limiter([limited_operation] * 5, limit=2)

    # Verify concurrency was limited
    assert max_concurrent <= 2
