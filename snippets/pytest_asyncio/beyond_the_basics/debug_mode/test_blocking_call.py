import asyncio
import logging
import time

import pytest


async def render_report() -> str:
    time.sleep(0.15)  # blocking: nothing else on the event loop runs for 150 ms
    return "report"


@pytest.mark.asyncio
async def test_blocking_call_is_logged(caplog):
    caplog.set_level(logging.WARNING, logger="asyncio")
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = (
        0.1  # the default: report steps that take 100 ms or more
    )

    assert await render_report() == "report"
    await asyncio.sleep(0)  # end this step of the task, so that the loop times it

    [record] = [r for r in caplog.records if r.msg.startswith("Executing %s took")]
    handle, seconds = record.args
    print(record.levelname, record.name, repr(record.msg))
    print(handle)
    assert seconds >= loop.slow_callback_duration  # not the exact time: it varies
