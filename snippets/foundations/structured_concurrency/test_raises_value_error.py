# --8<-- [start:sample]
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
    with pytest.raises(ValueError, match="unknown product"):
        await fetch_prices(["apple", "plum"], fake_fetch)


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=ExceptionGroup,
    strict=True,
    reason="TaskGroup wraps the ValueError in a group",
)
