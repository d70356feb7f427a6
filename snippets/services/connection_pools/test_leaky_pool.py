import asyncio

import pytest

from .leaky_pool import AsyncConnectionPool


@pytest.mark.asyncio
async def test_pool_initializes_connections():
    async with AsyncConnectionPool(max_connections=5) as pool:
        assert pool.available.qsize() == 5


@pytest.mark.asyncio
async def test_acquire_and_release():
    async with AsyncConnectionPool(max_connections=3) as pool:
        conn = await pool.acquire()
        assert pool.in_use == 1
        assert pool.available.qsize() == 2

        await pool.release(conn)
        assert pool.in_use == 0
        assert pool.available.qsize() == 3


@pytest.mark.asyncio
async def test_concurrent_acquire():
    async with AsyncConnectionPool(max_connections=3) as pool:
        # Acquire all connections concurrently
        conns = await asyncio.gather(pool.acquire(), pool.acquire(), pool.acquire())

        assert len(conns) == 3
        assert pool.in_use == 3
        assert pool.available.qsize() == 0
