import asyncio

import pytest


async def is_valid_email(address: str) -> bool:
    await asyncio.sleep(0)  # stands in for a lookup
    name, at, domain = address.partition("@")
    return bool(name and at and "." in domain)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("address", "expected"),
    [("ada@example.com", True), ("ada@example", False), ("example.com", False)],
)
async def test_is_valid_email(address, expected):
    assert await is_valid_email(address) is expected
