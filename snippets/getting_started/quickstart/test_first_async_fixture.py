import asyncio

import pytest
import pytest_asyncio


class Inventory:
    """Stands in for an async resource: a connection, a client, a pool."""

    def __init__(self) -> None:
        self.stock: dict[str, int] = {}
        self.closed = False

    async def add(self, item: str, count: int) -> None:
        await asyncio.sleep(0)  # a round trip to a real store
        self.stock[item] = self.stock.get(item, 0) + count

    async def close(self) -> None:
        await asyncio.sleep(0)
        self.closed = True


@pytest_asyncio.fixture
async def inventory():
    inventory = Inventory()
    await inventory.add("apple", 3)
    yield inventory  # the test runs here
    await inventory.close()  # teardown: runs even when the test fails


@pytest.mark.asyncio
async def test_add_more_apples(inventory):
    await inventory.add("apple", 2)
    assert inventory.stock == {"apple": 5}


@pytest.mark.asyncio
async def test_each_test_gets_a_fresh_inventory(inventory):
    assert inventory.stock == {"apple": 3}
