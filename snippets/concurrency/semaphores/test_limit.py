import asyncio

import pytest

from .gate import Gate
from .limiter import gather_limited


@pytest.mark.asyncio
@pytest.mark.looptime  # loop time: if two never get in, the timeout below fires at once
async def test_two_operations_run_at_once_and_no_more():
    gate = Gate()
    running = asyncio.create_task(gather_limited([gate.pass_through] * 5, limit=2))
    async with asyncio.timeout(1):
        await gate.wait_until_inside(2)
    # Every operation has started, or is waiting for the semaphore: two are at the gate.
    assert gate.inside == 2
    gate.open()
    await running
    assert gate.max_inside == 2
    assert gate.inside == 0


@pytest.mark.asyncio
async def test_results_come_in_the_order_given():
    async def answer(value: int) -> int:
        for _ in range(5 - value):  # the first operations take the most steps
            await asyncio.sleep(0)
        return value

    operations = [lambda v=v: answer(v) for v in range(5)]
    assert await gather_limited(operations, limit=2) == [0, 1, 2, 3, 4]
