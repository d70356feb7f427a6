import asyncio
import contextvars

import pytest
import pytest_asyncio

request_id = contextvars.ContextVar("request_id", default="none")


@pytest_asyncio.fixture
async def fixture_task():
    token = request_id.set("req-42")  # e.g. what a logging or tracing middleware sets
    yield asyncio.current_task()
    request_id.reset(token)


@pytest.mark.asyncio
async def test_sees_the_fixture_context(fixture_task):
    # the fixture ran in another task...
    assert asyncio.current_task() is not fixture_task
    assert request_id.get() == "req-42"  # ...yet its context variables are visible here


@pytest.mark.asyncio
async def test_other_tests_start_clean():
    assert request_id.get() == "none"
