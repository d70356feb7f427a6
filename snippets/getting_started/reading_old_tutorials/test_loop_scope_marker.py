import asyncio

import pytest
import pytest_asyncio


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def module_loop():
    return asyncio.get_running_loop()  # the loop this module-scoped fixture runs in


@pytest.mark.asyncio(loop_scope="module")
async def test_first(module_loop):
    assert asyncio.get_running_loop() is module_loop


@pytest.mark.asyncio(loop_scope="module")
async def test_second(module_loop):
    assert asyncio.get_running_loop() is module_loop
