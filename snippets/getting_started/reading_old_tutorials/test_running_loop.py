import asyncio

import pytest


async def fetch_greeting(name: str) -> str:
    await asyncio.sleep(0.01)  # stands in for real I/O
    return f"Hello, {name}!"


@pytest.mark.asyncio
async def test_fetch_greeting():
    assert await fetch_greeting("Ada") == "Hello, Ada!"


@pytest.mark.asyncio
async def test_code_that_needs_the_loop_object():
    loop = asyncio.get_running_loop()  # the loop this test runs in
    future = loop.create_future()
    loop.call_soon(future.set_result, "done")
    assert await future == "done"
