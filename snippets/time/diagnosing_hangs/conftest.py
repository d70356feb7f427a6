import asyncio
import functools
import inspect
import sys
import traceback

import pytest


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "deadline(seconds): when the test runs longer, show where every task is waiting, then fail the test",
    )


def await_chain(task: asyncio.Task) -> traceback.StackSummary:
    """Every coroutine the task is waiting in, outermost first."""
    frames, coro = [], task.get_coro()
    while getattr(coro, "cr_frame", None) is not None:
        frames.append((coro.cr_frame, coro.cr_frame.f_lineno))
        coro = coro.cr_await
    return traceback.StackSummary.extract(frames)


def dump_tasks() -> None:
    """Where every other task of the running loop is waiting."""
    for task in sorted(asyncio.all_tasks(), key=asyncio.Task.get_name):
        if task is not asyncio.current_task():
            # the task's own coroutine only: one frame
            task.print_stack(file=sys.stdout)
            # and below it
            print("".join(traceback.format_list(await_chain(task)[1:])), end="")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    marker = item.get_closest_marker("deadline")
    test = getattr(item, "obj", None)
    if marker is None or not inspect.iscoroutinefunction(test):
        return (yield)
    seconds = marker.args[0]

    @functools.wraps(test)
    async def within_deadline(*args, **kwargs):
        body = asyncio.create_task(test(*args, **kwargs), name="the test")
        done, _ = await asyncio.wait({body}, timeout=seconds)
        if not done:
            dump_tasks()  # before anything is cancelled: every task is still where it got stuck
            body.cancel()
            await asyncio.wait({body})
            pytest.fail(
                f"still running after its deadline ({seconds} s)", pytrace=False
            )
        return body.result()

    item.obj = within_deadline  # pytest-asyncio runs item.obj in the test's event loop
    try:
        return (yield)
    finally:
        item.obj = test
