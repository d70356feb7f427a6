import asyncio
from contextlib import aclosing

import pytest


async def read_rows(log: list[str]):
    log.append("open cursor")
    try:
        for row in range(100):
            await asyncio.sleep(0)  # stands in for fetching the next row
            yield row
    finally:
        log.append("close cursor")


@pytest.mark.asyncio
async def test_cursor_is_closed_when_the_loop_stops_early():
    log: list[str] = []
    async with aclosing(read_rows(log)) as rows:  # calls rows.aclose() on the way out
        async for row in rows:
            if row == 2:
                break
    assert log == ["open cursor", "close cursor"]


@pytest.mark.asyncio
async def test_aclose_by_hand():
    log: list[str] = []
    rows = read_rows(log)
    assert await anext(rows) == 0
    # raises GeneratorExit at the paused yield: the finally block runs
    await rows.aclose()
    assert log == ["open cursor", "close cursor"]
