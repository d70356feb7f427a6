"""A pytest plugin for tools/benchmark.py: the real time every pytest process of a run spends in
time.sleep() and asyncio.sleep() (xdist workers too), appended to the file TAP_WAITED_FILE names.

    TAP_WAITED_FILE=/tmp/waited.txt python -m pytest -p tools.measure_sleeping
"""

import asyncio
import os
import time

_waited = [0.0]
_clock, _sleep, _asleep = time.perf_counter, time.sleep, asyncio.sleep


def _counted_sleep(seconds):
    start = _clock()
    try:
        _sleep(seconds)
    finally:
        _waited[0] += _clock() - start


async def _counted_asleep(delay, result=None):
    if delay <= 0:
        return await _asleep(delay, result)
    # Real time: under looptime's virtual clock a long sleep ends at once.
    start = _clock()
    try:
        return await _asleep(delay, result)
    finally:
        _waited[0] += _clock() - start


def pytest_configure(config):
    time.sleep, asyncio.sleep = _counted_sleep, _counted_asleep


def pytest_unconfigure(config):
    time.sleep, asyncio.sleep = _sleep, _asleep
    with open(os.environ["TAP_WAITED_FILE"], "a") as file:
        file.write(f"{_waited[0]}\n")
