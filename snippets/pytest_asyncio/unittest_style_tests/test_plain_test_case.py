# --8<-- [start:sample]
import asyncio
import unittest


async def order_total(prices: list[int]) -> int:
    await asyncio.sleep(0)  # stands in for a database query
    return sum(prices[1:])  # a bug: the first item is not counted


class OrderTotalTest(unittest.TestCase):  # a plain TestCase
    async def test_total(self):
        self.assertEqual(await order_total([10, 20, 12]), 42)


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
import pytest  # noqa: E402

pytestmark = [
    # The test "passes": unittest calls the method, gets a coroutine and never awaits it. Python
    # warns twice, and the page shows both warnings.
    pytest.mark.filterwarnings(
        "ignore:coroutine 'OrderTotalTest.test_total' was never awaited:RuntimeWarning"
    ),
    # (the method returned a coroutine instead of None)
    pytest.mark.filterwarnings(
        "ignore:It is deprecated to return a value that is not None:DeprecationWarning"
    ),
]
