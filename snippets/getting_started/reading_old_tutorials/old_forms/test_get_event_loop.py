import asyncio

import pytest


async def fetch_greeting(name: str) -> str:
    await asyncio.sleep(0.01)  # stands in for real I/O
    return f"Hello, {name}!"


@pytest.mark.asyncio
async def test_async_style():
    assert await fetch_greeting("Ada") == "Hello, Ada!"


def test_old_style():
    loop = asyncio.get_event_loop()
    assert loop.run_until_complete(fetch_greeting("Bob")) == "Hello, Bob!"
