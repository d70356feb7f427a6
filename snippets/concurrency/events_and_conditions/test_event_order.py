import asyncio

import pytest


@pytest.mark.asyncio
async def test_waiters_proceed_only_after_the_event_is_set():
    event = asyncio.Event()
    results = []

    async def waiter(name: str):
        await event.wait()
        results.append(f"{name} proceeded")

    waiter_tasks = [asyncio.create_task(waiter(f"Waiter{i}")) for i in range(3)]
    await asyncio.sleep(0)  # every waiter runs up to event.wait()
    assert results == []  # and waits there

    event.set()
    results.append("Event set")
    await asyncio.gather(*waiter_tasks)

    assert results == [
        "Event set",
        "Waiter0 proceeded",
        "Waiter1 proceeded",
        "Waiter2 proceeded",
    ]
