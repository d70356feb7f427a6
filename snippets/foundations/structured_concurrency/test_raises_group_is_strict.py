# --8<-- [start:sample]
import asyncio

import pytest

from .prices import fetch_prices


async def fake_fetch(product: str) -> int:
    await asyncio.sleep(0)
    raise ValueError(f"unknown product: {product}")


@pytest.mark.asyncio
async def test_unknown_products_are_rejected():
    with pytest.RaisesGroup(ValueError):  # exactly one ValueError, and nothing else
        await fetch_prices(["plum", "kiwi"], fake_fetch)


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=pytest.fail.Exception, strict=True, reason="the group holds two ValueErrors"
)
