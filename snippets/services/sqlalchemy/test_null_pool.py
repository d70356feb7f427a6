import pytest
import pytest_asyncio
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine
from sqlalchemy.pool import NullPool

from .databases import POSTGRES_URL
from .servers import CONNECT_TIMEOUT, needs_postgres

pytestmark = needs_postgres


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def engine():
    # NullPool keeps no connection: each checkout connects, in the loop that asks, and closes after.
    engine = create_async_engine(
        POSTGRES_URL, poolclass=NullPool, connect_args={"timeout": CONNECT_TIMEOUT}
    )
    async with engine.connect() as conn:
        await conn.execute(text("SELECT 1"))
    yield engine
    await engine.dispose()


@pytest.mark.asyncio
async def test_query(engine):
    async with AsyncSession(engine) as session:
        assert await session.scalar(text("SELECT 1")) == 1


@pytest.mark.asyncio
async def test_another_query_in_another_loop(engine):
    async with AsyncSession(engine) as session:
        assert await session.scalar(text("SELECT 2")) == 2
