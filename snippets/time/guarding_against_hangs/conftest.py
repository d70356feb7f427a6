import asyncio
import functools
import inspect

import pytest


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "deadline(seconds): fail an async test still running after that many seconds of its event loop's time",
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    marker = item.get_closest_marker("deadline")
    test = getattr(item, "obj", None)
    if marker is None or not inspect.iscoroutinefunction(test):
        return (yield)

    @functools.wraps(test)
    async def within_deadline(*args, **kwargs):
        async with asyncio.timeout(marker.args[0]):  # cancels the test where it waits
            return await test(*args, **kwargs)

    item.obj = within_deadline  # pytest-asyncio runs item.obj in the test's event loop
    try:
        return (yield)
    finally:
        item.obj = test
