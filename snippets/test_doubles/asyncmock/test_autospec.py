# --8<-- [start:sample]
from unittest.mock import AsyncMock, create_autospec

import pytest

from .rates import RatesApi


async def to_usd(api: RatesApi, amount: float, currency: str) -> float:
    # bug: the parameter is called quote
    rate = await api.get_rate(currency, target="USD")
    return round(amount * rate, 2)


@pytest.mark.asyncio
async def test_to_usd_with_a_bare_mock():
    api = AsyncMock()
    api.get_rate.return_value = 1.25
    assert await to_usd(api, 100, "EUR") == 125.0


@pytest.mark.asyncio
async def test_to_usd_with_an_autospec():
    api = create_autospec(RatesApi, instance=True)  # async methods become AsyncMocks
    api.get_rate.return_value = 1.25
    assert await to_usd(api, 100, "EUR") == 125.0


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
test_to_usd_with_an_autospec = pytest.mark.xfail(
    raises=TypeError, strict=True, reason="a call the real method rejects"
)(test_to_usd_with_an_autospec)
