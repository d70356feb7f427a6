import asyncio

import pytest

pytestmark = pytest.mark.deadline(5)  # every test in this module


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_slow_but_within_the_deadline():
    await asyncio.sleep(4)


def test_sync_tests_are_left_alone():
    assert True  # not a coroutine: the deadline does not apply (pytest-timeout does)
