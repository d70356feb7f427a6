from unittest.mock import AsyncMock

import pytest

from .rates import convert


@pytest.mark.asyncio
async def test_convert_uses_the_rate():
    api = AsyncMock()  # every method of an AsyncMock is an AsyncMock too
    api.get_rate.return_value = 1.25  # what `await api.get_rate(...)` gives

    assert await convert(api, 100, "EUR", "USD") == 125.0
    api.get_rate.assert_awaited_once_with("EUR", "USD")
