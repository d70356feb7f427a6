from unittest.mock import AsyncMock, MagicMock

import pytest

from .repository import UserRepository


@pytest.fixture
def mock_pool():
    # acquire() is a plain method that returns an async context manager
    return MagicMock()


@pytest.fixture
def user_repo(mock_pool):
    return UserRepository(db_pool=mock_pool)


def use_connection(pool, fetchrow_result=None, execute_result=None):
    """Make pool.acquire() yield a connection whose queries return these results."""
    conn = AsyncMock()  # a connection's query methods are all coroutines
    conn.fetchrow.return_value = fetchrow_result
    conn.execute.return_value = execute_result
    pool.acquire.return_value.__aenter__.return_value = conn
    return conn


@pytest.mark.asyncio
async def test_get_by_id_found(mock_pool, user_repo):
    conn = use_connection(
        mock_pool, {"id": 1, "name": "Alice", "email": "alice@example.com"}
    )

    user = await user_repo.get_by_id(1)

    assert user is not None
    assert user.name == "Alice"
    conn.fetchrow.assert_awaited_once()
    mock_pool.acquire.return_value.__aexit__.assert_awaited_once()  # released to the pool


@pytest.mark.asyncio
async def test_get_by_id_not_found(mock_pool, user_repo):
    use_connection(mock_pool, fetchrow_result=None)
    assert await user_repo.get_by_id(999) is None


@pytest.mark.asyncio
async def test_create_user(mock_pool, user_repo):
    use_connection(mock_pool, {"id": 1, "name": "Bob", "email": "bob@example.com"})
    user = await user_repo.create("Bob", "bob@example.com")
    assert (user.id, user.name) == (1, "Bob")


@pytest.mark.asyncio
async def test_delete_user(mock_pool, user_repo):
    use_connection(mock_pool, execute_result="DELETE 1")
    assert await user_repo.delete(1) is True
