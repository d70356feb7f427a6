import pytest
import pytest_asyncio
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def engine():
    engine = create_async_engine("sqlite+aiosqlite:///:memory:")
    async with engine.connect() as conn:
        await conn.execute(text("SELECT 1"))
    yield engine
    await engine.dispose()


@pytest.mark.asyncio  # the same mistake as with PostgreSQL: the test runs in a loop of its own
async def test_query(engine):
    async with AsyncSession(engine) as session:
        assert await session.scalar(text("SELECT 1")) == 1
