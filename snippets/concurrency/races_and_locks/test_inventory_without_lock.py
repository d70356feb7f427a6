# --8<-- [start:sample]
import asyncio

import pytest

from .inventory import Inventory, OutOfStock
from .paused_store import PausedStore


@pytest.mark.asyncio
async def test_a_second_reservation_waits_for_the_first():
    store = PausedStore({"book": 1})
    inventory = Inventory(store)  # no lock

    first = asyncio.create_task(inventory.reserve("book"))
    await store.read_started.wait()
    second = asyncio.create_task(inventory.reserve("book"))
    await asyncio.sleep(0)
    assert store.reads == 1

    store.answer()
    await first
    with pytest.raises(OutOfStock):
        await second
    assert store.stock == {"book": 0}


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=AssertionError, strict=True, reason="both reservations read a stock of 1"
)
