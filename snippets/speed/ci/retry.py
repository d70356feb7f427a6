import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")


async def with_retries(
    operation: Callable[[], Awaitable[T]], attempts: int = 3, backoff: float = 0.1
) -> T:
    """Await `operation()` until it succeeds, waiting a little longer after each failure."""
    for attempt in range(1, attempts):
        try:
            return await operation()
        except ConnectionError:
            time.sleep(backoff * attempt)  # noqa: ASYNC251 - the bug: this blocks the event loop
    return await operation()  # the last attempt: its error goes to the caller
