import asyncio
from collections.abc import Awaitable, Callable


async def retry(
    call: Callable[[], Awaitable],
    *,
    attempts: int = 4,
    first_delay: float = 1.0,
    jitter: Callable[[float], float] = lambda delay: delay,
):
    """Call until it succeeds, waiting 1, 2, 4, ... seconds between attempts (exponential backoff).

    `jitter` turns each planned delay into the one to wait (e.g. a random part of it)."""
    delay = first_delay
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except ConnectionError:
            if attempt == attempts:
                raise
            await asyncio.sleep(jitter(delay))
            delay *= 2
