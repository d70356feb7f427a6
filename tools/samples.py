"""How the suite runs the samples under snippets/ (a pytest plugin)."""

from __future__ import annotations

import asyncio
import gc
import sys

import pytest

from tools import pages


def is_sample(item: pytest.Item) -> bool:
    return pages.SNIPPETS in item.path.parents


FAILED_ON_PURPOSE = pytest.StashKey[bool]()


def pytest_configure(config: pytest.Config) -> None:
    # No implicit event loops in this process. On Python 3.11, pytest-asyncio's temporary-loop
    # helper calls asyncio.get_event_loop(), which creates a loop that nobody closes when none was
    # ever set; with warnings as errors, its ResourceWarning fails an unrelated later test.
    asyncio.set_event_loop(None)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    try:
        return (yield)
    finally:
        if is_sample(item) and hasattr(sys, "last_value"):
            # pytest keeps the last failure (sys.last_value) for post-mortem debugging. For a sample
            # that fails on purpose, that keeps its frames (coroutines, loops, sockets) alive until a
            # later test fails, and their warnings would surface there. Free them in this test.
            for name in ("last_type", "last_value", "last_traceback", "last_exc"):
                if hasattr(sys, name):
                    delattr(sys, name)
            item.stash[FAILED_ON_PURPOSE] = True


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem):
    # After the fixtures' teardown, inside pytest's unraisable-exception check: what the failure
    # left behind (a never-awaited coroutine, an unclosed loop) is reported on this test.
    if item.stash.get(FAILED_ON_PURPOSE, False):
        gc.collect()
