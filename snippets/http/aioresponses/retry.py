import asyncio


async def with_retry(coro_func, max_attempts=3, delay=1.0, backoff=2.0):
    """Await `coro_func()` until it succeeds, at most `max_attempts` times.

    After a failure, wait `delay` seconds, then `delay * backoff`, and so on.
    """
    for attempt in range(1, max_attempts + 1):
        try:
            return await coro_func()
        except Exception:
            if attempt == max_attempts:
                raise
            await asyncio.sleep(delay)
            delay *= backoff
