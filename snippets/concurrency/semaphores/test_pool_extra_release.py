# --8<-- [start:sample]
import pytest

from .pool import AsyncConnectionPool


@pytest.mark.asyncio
async def test_an_extra_release_is_an_error():
    pool = AsyncConnectionPool(max_connections=2)
    with pytest.raises(ValueError):
        async with await pool.get_connection():
            pool.release_connection()  # a bug: leaving the block releases it again


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=pytest.fail.Exception,
    strict=True,
    reason="a plain Semaphore accepts any release",
)
