from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from .models import Base, User


@pytest_asyncio.fixture
async def sessions() -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """A new in-memory database for each test, with the tables."""
    engine = create_async_engine("sqlite+aiosqlite:///:memory:")
    try:
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)
        yield async_sessionmaker(engine, expire_on_commit=False)
    finally:
        await engine.dispose()


@pytest_asyncio.fixture
async def async_db_session(sessions) -> AsyncIterator[AsyncSession]:
    async with sessions() as session:
        yield session


@pytest.mark.asyncio
async def test_async_database_operations(async_db_session):
    user = User(name="Test User", email="test@example.com")
    async_db_session.add(user)
    await async_db_session.commit()

    result = await async_db_session.get(User, user.id)
    assert result.name == "Test User"
    assert result is user  # get() found it in the session: no row was read


@pytest.mark.asyncio
async def test_the_row_is_really_stored(async_db_session, sessions):
    async_db_session.add(User(name="Test User", email="test@example.com"))
    await async_db_session.commit()

    async with (
        sessions() as other
    ):  # a new session has nothing cached: it reads the row
        stored = await other.get(User, 1)
        assert (stored.name, stored.email) == ("Test User", "test@example.com")
