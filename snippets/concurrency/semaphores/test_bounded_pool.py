import pytest

from .bounded_pool import AsyncConnectionPool


@pytest.mark.asyncio
async def test_a_connection_is_released_once():
    pool = AsyncConnectionPool(max_connections=2)
    async with await pool.get_connection() as conn:
        assert await conn.execute("query_1") == "Result of: query_1"
        assert pool.active_connections == 1
    assert pool.active_connections == 0


@pytest.mark.asyncio
async def test_an_extra_release_is_an_error():
    pool = AsyncConnectionPool(max_connections=2)
    with pytest.raises(ValueError, match="BoundedSemaphore released too many times"):
        async with await pool.get_connection():
            pool.release_connection()  # a bug: leaving the block releases it again
    assert pool.active_connections == 0  # the extra release changed nothing
