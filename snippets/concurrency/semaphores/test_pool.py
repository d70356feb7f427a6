import asyncio

import pytest

from .pool import AsyncConnectionPool


@pytest.mark.asyncio
async def test_every_connection_is_released():
    pool = AsyncConnectionPool(max_connections=2)

    async def use_connection(query_id: int) -> str:
        async with await pool.get_connection() as conn:
            return await conn.execute(f"query_{query_id}")

    results = await asyncio.gather(*(use_connection(i) for i in range(5)))
    assert results == [f"Result of: query_{i}" for i in range(5)]
    assert pool.active_connections == 0


@pytest.mark.asyncio
async def test_an_extra_release_raises_the_limit_silently():
    pool = AsyncConnectionPool(max_connections=2)
    async with await pool.get_connection():
        pool.release_connection()  # a bug: leaving the block releases the connection again
    # No error. But now three connections can be open at once, and the count is wrong:
    connections = [await pool.get_connection() for _ in range(3)]
    assert len(connections) == 3
    assert pool.active_connections == 2
