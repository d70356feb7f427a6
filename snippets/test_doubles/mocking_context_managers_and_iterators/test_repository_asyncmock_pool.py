# --8<-- [start:sample]
from unittest.mock import AsyncMock

import pytest
import pytest_asyncio

from .repository import User, UserRepository


@pytest_asyncio.fixture
async def mock_pool():
    pool = AsyncMock()
    return pool


@pytest_asyncio.fixture
async def user_repo(mock_pool):
    return UserRepository(db_pool=mock_pool)


def make_mock_connection(fetchrow_result=None, execute_result=None):
    """Helper to create mock database connection."""
    conn = AsyncMock()
    conn.fetchrow = AsyncMock(return_value=fetchrow_result)
    conn.execute = AsyncMock(return_value=execute_result)
    return conn


@pytest.mark.asyncio
async def test_get_by_id_found(mock_pool, user_repo):
    mock_conn = make_mock_connection(
        fetchrow_result={"id": 1, "name": "Alice", "email": "alice@example.com"}
    )
    mock_pool.acquire.return_value.__aenter__.return_value = mock_conn

    assert await user_repo.get_by_id(1) == User(1, "Alice", "alice@example.com")


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = [
    pytest.mark.xfail(
        raises=TypeError, strict=True, reason="acquire() returns a coroutine"
    ),
    # acquire() on an AsyncMock returns a coroutine, which `async with` rejects and nothing awaits.
    pytest.mark.filterwarnings(
        "ignore:coroutine 'AsyncMockMixin._execute_mock_call' was never awaited:RuntimeWarning"
    ),
]
