import asyncio
from typing import Protocol


class RatesApi(Protocol):
    """What the code below needs from a rates service. The real client talks HTTP."""

    async def get_rate(self, base: str, quote: str) -> float:
        """How many units of `quote` one unit of `base` buys."""


async def convert(api: RatesApi, amount: float, base: str, quote: str) -> float:
    rate = await api.get_rate(base, quote)
    return round(amount * rate, 2)


async def get_rate_with_retry(
    api: RatesApi, base: str, quote: str, delays=(1, 2)
) -> float:
    """Retry on ConnectionError, sleeping between attempts."""
    for delay in delays:
        try:
            return await api.get_rate(base, quote)
        except ConnectionError:
            await asyncio.sleep(delay)
    return await api.get_rate(base, quote)  # the last attempt: its error propagates
