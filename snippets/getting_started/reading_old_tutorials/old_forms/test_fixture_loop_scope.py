import asyncio

import pytest


@pytest.fixture(scope="module", loop_scope="module")
async def module_loop():
    return asyncio.get_running_loop()


@pytest.mark.asyncio(loop_scope="module")
async def test_first(module_loop):
    assert asyncio.get_running_loop() is module_loop
