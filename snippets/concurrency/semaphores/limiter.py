import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


async def gather_limited(
    operations: Iterable[Callable[[], Awaitable[T]]], limit: int
) -> list[T]:
    """Run every operation, at most `limit` at a time; the results come in the order given."""
    semaphore = asyncio.Semaphore(limit)

    async def limited(operation: Callable[[], Awaitable[T]]) -> T:
        async with semaphore:
            return await operation()

    return await asyncio.gather(*(limited(operation) for operation in operations))
