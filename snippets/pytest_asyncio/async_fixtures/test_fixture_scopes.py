import asyncio

import pytest
import pytest_asyncio

# The tests run in the module's event loop, where the module-scoped fixture lives: see the page
# "Loop scopes" for why the loop matters.
pytestmark = pytest.mark.asyncio(loop_scope="module")


# scope="function": a new one for every test
@pytest_asyncio.fixture(loop_scope="module")
async def function_scoped_resource():
    print("\nSetting up function-scoped resource")
    await asyncio.sleep(0)  # async setup
    yield "function-resource"
    print("\nTearing down function-scoped resource")
    await asyncio.sleep(0)  # async teardown


@pytest_asyncio.fixture(scope="module", loop_scope="module")  # one for the whole module
async def module_scoped_resource():
    print("\nSetting up module-scoped resource")
    await asyncio.sleep(0)
    yield "module-resource"
    print("\nTearing down module-scoped resource")
    await asyncio.sleep(0)


async def test_one(function_scoped_resource, module_scoped_resource):
    print(f"\nTest one: {function_scoped_resource}, {module_scoped_resource}")
    assert module_scoped_resource == "module-resource"


async def test_two(function_scoped_resource, module_scoped_resource):
    print(f"\nTest two: {function_scoped_resource}, {module_scoped_resource}")
    assert module_scoped_resource == "module-resource"
