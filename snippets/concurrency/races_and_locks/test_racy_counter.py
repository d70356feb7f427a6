# --8<-- [start:sample]
import asyncio

import pytest

from .racy_counter import RacyCounter


@pytest.mark.asyncio
async def test_concurrent_increments():
    """This test might pass or fail randomly"""
    counter = RacyCounter()

    # Increment 100 times concurrently
    tasks = [counter.increment() for _ in range(100)]
    await asyncio.gather(*tasks)

    # Expected: 100, but might be less due to race condition
    print(f"\nFinal count: {counter.count}")
    assert counter.count == 100


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=AssertionError,
    strict=True,
    reason="every task reads 0 before any task writes",
)
