"""A pytest plugin for tools/benchmark.py: the real time every pytest process of a run spends
sleeping in time.sleep() or asyncio.sleep() (xdist workers too), appended to the file
TAP_WAITED_FILE names. Sleeps that overlap (100 tasks sleeping at once) count once: what is
measured is the wall time during which something sleeps.

    TAP_WAITED_FILE=/tmp/waited.txt python -m pytest -p tools.measure_sleeping
"""

import asyncio
import os
import threading
import time

_clock, _sleep, _asleep = time.perf_counter, time.sleep, asyncio.sleep
_lock = threading.Lock()
_state = {"active": 0, "since": 0.0, "waited": 0.0}


def _begin() -> None:
    with _lock:
        if _state["active"] == 0:
            _state["since"] = _clock()
        _state["active"] += 1


def _end() -> None:
    with _lock:
        _state["active"] -= 1
        if _state["active"] == 0:
            _state["waited"] += _clock() - _state["since"]


def _counted_sleep(seconds):
    _begin()
    try:
        _sleep(seconds)
    finally:
        _end()


async def _counted_asleep(delay, result=None):
    if delay <= 0:
        return await _asleep(delay, result)
    # Real time: under looptime's virtual clock a long sleep ends at once.
    _begin()
    try:
        return await _asleep(delay, result)
    finally:
        _end()


def pytest_configure(config):
    time.sleep, asyncio.sleep = _counted_sleep, _counted_asleep


def pytest_unconfigure(config):
    time.sleep, asyncio.sleep = _sleep, _asleep
    with open(os.environ["TAP_WAITED_FILE"], "a") as file:
        file.write(f"{_state['waited']}\n")
