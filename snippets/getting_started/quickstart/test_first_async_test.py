import asyncio

import pytest


async def fetch_greeting(name: str) -> str:
    await asyncio.sleep(0.01)  # stands in for real I/O: a query, an HTTP call
    return f"Hello, {name}!"


@pytest.mark.asyncio
async def test_fetch_greeting():
    assert await fetch_greeting("Ada") == "Hello, Ada!"
