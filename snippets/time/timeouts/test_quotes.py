import asyncio

import pytest

from .quotes import quote, quote_all, quote_or_last, read_ticks


def service(seconds: float, price: float = 101.5):
    """A fake price service that answers after `seconds` (of loop time)."""

    async def fetch(symbol: str) -> float:
        await asyncio.sleep(seconds)
        return price

    return fetch


@pytest.mark.asyncio
@pytest.mark.looptime  # virtual time: sleeps and timeouts take no real time
async def test_quote_in_time():
    loop = asyncio.get_running_loop()
    start = loop.time()
    assert await quote(service(1), "ACME", seconds=2) == 101.5
    assert loop.time() - start == 1


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_quote_times_out():
    loop = asyncio.get_running_loop()
    start = loop.time()
    with pytest.raises(TimeoutError):
        await quote(service(60), "ACME", seconds=2)
    assert loop.time() - start == 2  # exactly the deadline: not 60, not "about 2"


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_slow_service_falls_back_to_the_last_price():
    assert (
        await quote_or_last(service(60), "ACME", seconds=2, last={"ACME": 99.0}) == 99.0
    )


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_a_batch_within_its_deadline():
    deadline = asyncio.get_running_loop().time() + 5
    # 2 s + 2 s < 5 s
    prices = await quote_all(service(2), ["ACME", "INITECH"], deadline)
    assert prices == {"ACME": 101.5, "INITECH": 101.5}


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_one_deadline_for_the_whole_batch():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 5
    with pytest.raises(TimeoutError):
        await quote_all(service(3), ["ACME", "INITECH"], deadline)  # 3 s + 3 s > 5 s
    assert loop.time() == deadline


async def ticks(*gaps: float):
    """A fake stream: one price after each gap (in seconds)."""
    for gap in gaps:
        await asyncio.sleep(gap)
        yield 100 + gap


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_a_steady_stream_never_times_out():
    assert await read_ticks(ticks(4, 4, 4), idle=5) == [104, 104, 104]  # 12 s in all


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_a_stalled_stream_times_out():
    loop = asyncio.get_running_loop()
    start = loop.time()
    with pytest.raises(TimeoutError):
        await read_ticks(ticks(4, 4, 60), idle=5)
    assert loop.time() - start == 8 + 5  # the last tick at 8 s, then 5 idle seconds
