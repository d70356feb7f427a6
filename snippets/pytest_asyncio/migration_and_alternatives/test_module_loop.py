import asyncio

import pytest
import pytest_asyncio

pytestmark = pytest.mark.asyncio(loop_scope="module")  # was: scope="module"


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def module_loop():
    return asyncio.get_running_loop()


async def test_first(module_loop):
    assert asyncio.get_running_loop() is module_loop


async def test_second(module_loop):
    assert asyncio.get_running_loop() is module_loop


@pytest.mark.asyncio(loop_scope="function")  # the closest marker wins
async def test_in_its_own_loop(module_loop):
    assert asyncio.get_running_loop() is not module_loop
