# --8<-- [start:sample]
import asyncio

import pytest

pytestmark = pytest.mark.asyncio  # marks every test in this module

PRICES = {"apple": 0.5, "pear": 0.75}


async def fetch_price(item: str) -> float:
    await asyncio.sleep(0)  # stands in for a network round trip
    return PRICES[item]


async def test_apple_price():
    assert await fetch_price("apple") == 0.5


async def test_pear_price():
    assert await fetch_price("pear") == 0.75


def test_every_price_is_positive():  # a sync test: the module's mark applies to it, too
    assert all(price > 0 for price in PRICES.values())


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part). The suite turns
# warnings into errors; here the warning is expected (the output on the page shows it).
test_every_price_is_positive = pytest.mark.filterwarnings(
    "ignore:The test <Function test_every_price_is_positive> is marked with:pytest.PytestWarning"
)(test_every_price_is_positive)
