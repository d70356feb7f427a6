import asyncio

import pytest

from .prices import fetch_prices

PRICES = {"apple": 3, "pear": 4}


async def fake_fetch(product: str) -> int:
    await asyncio.sleep(0)
    if product not in PRICES:
        raise ValueError(f"unknown product: {product}")
    return PRICES[product]


@pytest.mark.asyncio
async def test_unknown_product_is_rejected():
    with pytest.RaisesGroup(
        pytest.RaisesExc(ValueError, match="unknown product: plum")
    ):
        await fetch_prices(["apple", "plum"], fake_fetch)


@pytest.mark.asyncio
async def test_every_failure_is_in_the_group():
    # Both requests fail in the same pass of the loop, before either can be cancelled.
    with pytest.RaisesGroup(ValueError, ValueError):
        await fetch_prices(["plum", "kiwi"], fake_fetch)


@pytest.mark.asyncio
async def test_group_contains():
    with pytest.raises(ExceptionGroup) as excinfo:
        await fetch_prices(["apple", "plum"], fake_fetch)
    assert excinfo.group_contains(ValueError, match="plum")
    assert not excinfo.group_contains(KeyError)


@pytest.mark.asyncio
async def test_a_failure_cancels_the_other_requests():
    cancelled = asyncio.Event()

    async def fetch(product: str) -> int:
        if product == "plum":
            raise ValueError("unknown product: plum")
        try:
            await asyncio.Event().wait()  # a request that never gets an answer
        except asyncio.CancelledError:
            cancelled.set()
            raise

    with pytest.RaisesGroup(ValueError):
        await fetch_prices(["apple", "plum"], fetch)
    assert cancelled.is_set()
