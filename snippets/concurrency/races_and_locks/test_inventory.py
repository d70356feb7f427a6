import asyncio

import pytest

from .inventory import LockedInventory, OutOfStock
from .paused_store import PausedStore


@pytest.mark.asyncio
async def test_a_second_reservation_waits_for_the_first():
    store = PausedStore({"book": 1})
    inventory = LockedInventory(store)

    first = asyncio.create_task(inventory.reserve("book"))
    await store.read_started.wait()  # the first reservation is waiting for its read
    second = asyncio.create_task(inventory.reserve("book"))
    await asyncio.sleep(0)  # the second one runs as far as it can
    assert store.reads == 1  # it waits for the lock, not for the store

    store.answer()
    await first
    with pytest.raises(OutOfStock):
        await second
    assert store.stock == {"book": 0}
