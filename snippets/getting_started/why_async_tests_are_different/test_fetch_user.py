import asyncio

import pytest


async def fetch_user(user_id: int) -> dict:
    await asyncio.sleep(0.01)  # stands in for a network round trip
    return {"id": user_id, "name": "Ada"}


@pytest.mark.asyncio
async def test_fetch_user():
    user = await fetch_user(1)
    assert user["name"] == "Ada"
