import pytest

from .prices import PricingUnavailable, fetch_prices_or_fail


def failing_fetch(errors: dict[str, Exception]):
    """A fake fetch: the products in `errors` raise their error, the others cost 1."""

    async def fetch(product: str) -> int:
        if product in errors:
            raise errors[product]
        return 1

    return fetch


@pytest.mark.asyncio
async def test_connection_errors_become_pricing_unavailable():
    fetch = failing_fetch(
        {"apple": ConnectionError("reset"), "pear": ConnectionError("reset")}
    )
    with pytest.raises(PricingUnavailable, match="2 request") as excinfo:
        await fetch_prices_or_fail(["apple", "pear", "kiwi"], fetch)
    # The original group is kept as the cause.
    assert pytest.RaisesGroup(ConnectionError, ConnectionError).matches(
        excinfo.value.__cause__
    )


@pytest.mark.asyncio
async def test_other_errors_are_not_swallowed():
    fetch = failing_fetch(
        {"apple": ConnectionError("reset"), "plum": ValueError("unknown")}
    )
    # except* handled the ConnectionError; the ValueError is still in a group of its own.
    with pytest.RaisesGroup(PricingUnavailable, pytest.RaisesGroup(ValueError)):
        await fetch_prices_or_fail(["apple", "plum", "kiwi"], fetch)
