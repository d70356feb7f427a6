import asyncio

import pytest


@pytest.fixture
async def greeting():
    await asyncio.sleep(0.01)  # stands in for real I/O
    return "Hello, Ada!"


@pytest.mark.asyncio
async def test_greeting(greeting):
    assert greeting == "Hello, Ada!"
