import asyncio
from unittest.mock import AsyncMock

import pytest

from .quotes import quote, quote_or_last


async def never_answers(symbol: str) -> float:
    # nothing will ever resolve it
    return await asyncio.get_running_loop().create_future()


@pytest.mark.asyncio
async def test_a_zero_timeout_expires_at_the_first_wait():
    with pytest.raises(TimeoutError):
        await quote(never_answers, "ACME", seconds=0)


@pytest.mark.asyncio
async def test_the_fallback_without_any_timer():
    fetch = AsyncMock(side_effect=TimeoutError)  # as if the deadline had passed
    assert await quote_or_last(fetch, "ACME", seconds=2, last={"ACME": 99.0}) == 99.0
    fetch.assert_awaited_once_with("ACME")
