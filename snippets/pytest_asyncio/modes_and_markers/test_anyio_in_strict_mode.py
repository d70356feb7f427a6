import asyncio

import pytest


@pytest.fixture
async def fixture_loop():
    return asyncio.get_running_loop()


@pytest.mark.anyio  # AnyIO's pytest plugin runs this test
async def test_fixture_and_test_share_a_loop(fixture_loop):
    same_loop = fixture_loop is asyncio.get_running_loop()
    assert same_loop, "the fixture ran in another event loop"
