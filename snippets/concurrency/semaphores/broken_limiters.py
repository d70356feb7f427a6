import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


async def gather_unlimited(
    operations: Iterable[Callable[[], Awaitable[T]]], limit: int
) -> list[T]:
    """A common bug: one semaphore per operation, so nothing is ever limited."""

    async def limited(operation: Callable[[], Awaitable[T]]) -> T:
        async with asyncio.Semaphore(limit):
            return await operation()

    return await asyncio.gather(*(limited(operation) for operation in operations))


async def gather_one_at_a_time(
    operations: Iterable[Callable[[], Awaitable[T]]], limit: int
) -> list[T]:
    """The opposite bug: the limit is ignored and the operations run one after another."""
    return [await operation() for operation in operations]
