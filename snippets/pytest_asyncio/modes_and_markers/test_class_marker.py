import asyncio

import pytest


class Cart:
    def __init__(self) -> None:
        self.items: list[str] = []

    async def add(self, item: str) -> None:
        await asyncio.sleep(0)  # stands in for a call to the cart service
        self.items.append(item)


@pytest.mark.asyncio  # marks every test method of the class
class TestCart:
    async def test_add_one(self):
        cart = Cart()
        await cart.add("apple")
        assert cart.items == ["apple"]

    async def test_add_two(self):
        cart = Cart()
        await cart.add("apple")
        await cart.add("pear")
        assert cart.items == ["apple", "pear"]
