import asyncio

import pytest


@pytest.mark.asyncio
async def test_plain():
    await asyncio.sleep(0)


@pytest.mark.asyncio
async def test_tracking():
    assert asyncio.get_running_loop().created_tasks == []
