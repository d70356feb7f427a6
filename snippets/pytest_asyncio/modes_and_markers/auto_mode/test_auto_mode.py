import asyncio

import pytest


@pytest.fixture  # no pytest_asyncio.fixture needed in auto mode
async def prices():
    await asyncio.sleep(0)  # stands in for loading a price list
    return {"apple": 0.5, "pear": 0.75}


async def test_apple_price(prices):  # no marker needed in auto mode
    assert prices["apple"] == 0.5


async def test_runs_in_an_event_loop():
    assert asyncio.get_running_loop().is_running()
