# --8<-- [start:sample]
import asyncio
import unittest


async def order_total(prices: list[int]) -> int:
    await asyncio.sleep(0)  # stands in for a database query
    return sum(prices[1:])  # a bug: the first item is not counted


class OrderTotalTest(
    unittest.IsolatedAsyncioTestCase
):  # runs each test in an event loop
    async def test_total(self):
        self.assertEqual(await order_total([10, 20, 12]), 42)


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
import pytest  # noqa: E402

pytestmark = pytest.mark.xfail(
    raises=AssertionError, strict=True, reason="32 != 42: the body runs now"
)
