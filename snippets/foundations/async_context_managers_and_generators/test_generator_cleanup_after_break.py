# --8<-- [start:sample]
import asyncio

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
    async for row in read_rows(log):
        if row == 2:
            break
    assert log == ["open cursor", "close cursor"]


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=AssertionError, strict=True, reason="the generator is not closed yet"
)
