import asyncio
from collections.abc import Awaitable, Callable

Fetch = Callable[[str], Awaitable[int]]  # product name -> price


class PricingUnavailable(Exception):
    """The pricing service could not be reached."""


async def fetch_prices(products: list[str], fetch: Fetch) -> dict[str, int]:
    """Fetch all prices concurrently. The first failure cancels the other requests."""
    async with asyncio.TaskGroup() as tg:
        tasks = {product: tg.create_task(fetch(product)) for product in products}
    # The block waited for every task, so each one is done here.
    return {product: task.result() for product, task in tasks.items()}


async def fetch_prices_or_fail(products: list[str], fetch: Fetch) -> dict[str, int]:
    """Like fetch_prices(), but connection errors become one PricingUnavailable."""
    try:
        return await fetch_prices(products, fetch)
    except* ConnectionError as group:
        raise PricingUnavailable(
            f"{len(group.exceptions)} request(s) failed"
        ) from group


async def fetch_prices_within(
    products: list[str], fetch: Fetch, seconds: float
) -> dict[str, int]:
    """fetch_prices() with one deadline for the whole batch."""
    async with asyncio.timeout(seconds):
        return await fetch_prices(products, fetch)
