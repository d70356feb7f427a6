import asyncio

import pytest

from .prices import fetch_prices_within


def fetch_taking(seconds: dict[str, float]):
    """A fake fetch: each product answers after its number of seconds."""

    async def fetch(product: str) -> int:
        await asyncio.sleep(seconds[product])
        return 1

    return fetch


@pytest.mark.asyncio
@pytest.mark.looptime  # the loop's clock jumps instead of waiting
async def test_batch_within_the_deadline():
    loop = asyncio.get_running_loop()
    start = loop.time()
    fetch = fetch_taking({"apple": 1, "pear": 1.5})
    assert await fetch_prices_within(["apple", "pear"], fetch, seconds=2) == {
        "apple": 1,
        "pear": 1,
    }
    assert loop.time() - start == 1.5


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_slow_batch_times_out():
    loop = asyncio.get_running_loop()
    start = loop.time()
    fetch = fetch_taking({"apple": 1, "pear": 60})
    with pytest.raises(TimeoutError):  # a plain TimeoutError, not a group
        await fetch_prices_within(["apple", "pear"], fetch, seconds=2)
    assert loop.time() - start == 2
