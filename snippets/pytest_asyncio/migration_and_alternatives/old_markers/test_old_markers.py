import asyncio

import pytest

pytestmark = pytest.mark.asyncio(scope="module")  # pytest-asyncio 0.23 style


@pytest.fixture(scope="session")
def event_loop_policy():  # pytest-asyncio 0.23 to 1.3 style
    return asyncio.DefaultEventLoopPolicy()


async def test_first():
    await asyncio.sleep(0)


async def test_second():
    await asyncio.sleep(0)
