import asyncio

import pytest

from .cache import Cache, CacheUnavailable


async def load() -> dict[str, str]:
    return {"colour": "blue"}


@pytest.mark.asyncio
async def test_a_lookup_waits_until_the_cache_is_loaded():
    cache = Cache(load)
    lookup = asyncio.create_task(cache.get("colour"))
    await asyncio.sleep(0)  # the lookup runs up to its wait
    assert not lookup.done()  # it is waiting: nothing is loaded yet

    await cache.warm_up()
    assert await lookup == "blue"


@pytest.mark.asyncio
async def test_one_load_wakes_every_waiting_lookup():
    cache = Cache(load)
    lookups = [asyncio.create_task(cache.get("colour")) for _ in range(3)]
    await asyncio.sleep(0)
    assert not any(lookup.done() for lookup in lookups)

    await cache.warm_up()
    assert await asyncio.gather(*lookups) == ["blue", "blue", "blue"]


@pytest.mark.asyncio
async def test_after_loading_a_lookup_does_not_wait():
    cache = Cache(load)
    await cache.warm_up()
    lookup = asyncio.create_task(cache.get("colour"))
    await asyncio.sleep(0)  # one step is enough: the event stays set
    assert lookup.done()
    assert lookup.result() == "blue"


@pytest.mark.asyncio
@pytest.mark.looptime  # if the lookup were never woken, the timeout would fire at once
async def test_a_failed_load_wakes_the_waiting_lookups():
    async def failing_load() -> dict[str, str]:
        raise ConnectionError("database unreachable")

    cache = Cache(failing_load)
    lookup = asyncio.create_task(cache.get("colour"))
    await asyncio.sleep(0)

    with pytest.raises(ConnectionError):
        await cache.warm_up()
    async with asyncio.timeout(1):
        with pytest.raises(CacheUnavailable):
            await lookup
