import asyncio

import pytest

from .prices import fetch_prices

PRICES = {"apple": 3, "pear": 4}


async def fake_fetch(product: str) -> int:
    await asyncio.sleep(0)  # a real client would wait for the network here
    return PRICES[product]


@pytest.mark.asyncio
async def test_fetches_every_price():
    assert await fetch_prices(["apple", "pear"], fake_fetch) == {"apple": 3, "pear": 4}
