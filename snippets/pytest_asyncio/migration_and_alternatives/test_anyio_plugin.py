import asyncio
import contextvars

import pytest

current_user = contextvars.ContextVar("current_user")


@pytest.fixture
def anyio_backend():
    return "asyncio"  # the default runs each test on every installed backend


@pytest.fixture
async def fixture_task():  # a plain pytest fixture: the anyio plugin runs it
    current_user.set("ada")
    return asyncio.current_task()


@pytest.mark.anyio
async def test_fixture_and_test_share_one_task(fixture_task):
    assert asyncio.current_task() is fixture_task
    assert current_user.get() == "ada"
