"""A client for a slow price service: the code under test on this page.

`fetch` is the function that asks the service for one price; tests pass a fake one.
"""

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable

Fetch = Callable[[str], Awaitable[float]]


async def quote(fetch: Fetch, symbol: str, seconds: float) -> float:
    """One price, or TimeoutError when the service takes longer than `seconds`."""
    async with asyncio.timeout(seconds):
        return await fetch(symbol)


async def quote_or_last(
    fetch: Fetch, symbol: str, seconds: float, last: dict[str, float]
) -> float:
    """The fresh price, or the last known one when the service is too slow."""
    try:
        return await quote(fetch, symbol, seconds)
    except TimeoutError:
        return last[symbol]


async def quote_all(
    fetch: Fetch, symbols: list[str], deadline: float
) -> dict[str, float]:
    """Every price, all before one deadline (a point in loop time, not a duration)."""
    prices = {}
    for symbol in symbols:
        async with asyncio.timeout_at(deadline):
            prices[symbol] = await fetch(symbol)
    return prices


async def read_ticks(ticks: AsyncIterator[float], idle: float) -> list[float]:
    """Read a stream of prices to its end; give up when none arrives for `idle` seconds."""
    loop = asyncio.get_running_loop()
    received = []
    async with asyncio.timeout(idle) as deadline:
        async for tick in ticks:
            received.append(tick)
            # each tick buys another `idle` seconds
            deadline.reschedule(loop.time() + idle)
    return received
