import pytest
import pytest_asyncio

from .lookups import get_many
from .one_connection import OneConnectionPool
from .repository import User, UserRepository
from .servers import needs_postgres

pytestmark = needs_postgres


@pytest_asyncio.fixture
async def repo(connection):
    return UserRepository(OneConnectionPool(connection))


@pytest.mark.asyncio
async def test_create_then_get(repo):
    created = await repo.create("Ada", "ada@example.com")
    assert await repo.get_by_id(created.id) == User(
        created.id, "Ada", "ada@example.com"
    )


@pytest.mark.asyncio
async def test_a_missing_user_is_none(repo):
    assert await repo.get_by_id(12345) is None


@pytest.mark.asyncio
async def test_delete_reports_what_happened(repo):
    created = await repo.create("Grace", "grace@example.com")
    assert await repo.delete(created.id) is True
    assert await repo.delete(created.id) is False


@pytest.mark.asyncio
async def test_every_test_starts_with_an_empty_table(connection):
    # Whatever the other tests inserted was rolled back, in any order they ran.
    assert await connection.fetchval("SELECT count(*) FROM users") == 0


@pytest.mark.asyncio
async def test_two_lookups_at_once(repo):
    ada = await repo.create("Ada", "ada@example.com")
    grace = await repo.create("Grace", "grace@example.com")

    # the lookups took turns
    assert await get_many(repo, [ada.id, grace.id]) == [
        ada,
        grace,
    ]
