from unittest.mock import AsyncMock

import pytest

from .rates import convert, get_rate_with_retry


@pytest.mark.asyncio
async def test_an_exception_is_raised_when_awaited():
    api = AsyncMock()
    api.get_rate.side_effect = ConnectionError("rates service down")

    with pytest.raises(ConnectionError, match="rates service down"):
        await get_rate_with_retry(api, "EUR", "USD", delays=(0, 0))
    assert api.get_rate.await_count == 3  # two retries, then the error propagates


@pytest.mark.asyncio
async def test_an_iterable_gives_one_result_per_await():
    api = AsyncMock()
    # Exceptions in the list are raised, other items returned, in order.
    api.get_rate.side_effect = [ConnectionError(), ConnectionError(), 1.25]

    assert await get_rate_with_retry(api, "EUR", "USD", delays=(0, 0)) == 1.25
    assert api.get_rate.await_count == 3


@pytest.mark.asyncio
async def test_an_async_function_computes_the_result():
    rates = {("EUR", "USD"): 1.25, ("USD", "JPY"): 150.0}

    async def get_rate(
        base: str, quote: str
    ) -> float:  # same signature as the real method
        return rates[base, quote]

    api = AsyncMock()
    api.get_rate.side_effect = get_rate

    assert await convert(api, 100, "EUR", "USD") == 125.0
    assert await convert(api, 2, "USD", "JPY") == 300.0
