import asyncio

import pytest


@pytest.mark.asyncio
@pytest.mark.looptime  # the setter's 0.1 s sleep passes in loop time
async def test_async_event_coordination():
    """Test coordination using async events."""

    event = asyncio.Event()
    results = []

    async def waiter(name: str):
        # await event.wait()  (removed: the waiters no longer wait)
        results.append(f"{name} proceeded")

    async def setter():
        await asyncio.sleep(0.1)
        event.set()
        results.append("Event set")

    # Start waiters
    waiter_tasks = [asyncio.create_task(waiter(f"Waiter{i}")) for i in range(3)]

    # Start setter
    setter_task = asyncio.create_task(setter())

    # Wait for all tasks
    await asyncio.gather(*waiter_tasks, setter_task)

    assert "Event set" in results
    assert len(results) == 4  # 3 waiters + 1 setter
    # Added: every waiter went ahead before the event was set, and the test above still passed.
    assert results[-1] == "Event set"
