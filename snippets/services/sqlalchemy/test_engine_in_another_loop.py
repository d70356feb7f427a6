# --8<-- [start:sample]
import pytest
import pytest_asyncio
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from .databases import POSTGRES_URL
from .servers import CONNECT_TIMEOUT, needs_postgres

pytestmark = needs_postgres


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def engine():
    engine = create_async_engine(
        POSTGRES_URL, connect_args={"timeout": CONNECT_TIMEOUT}
    )
    async with engine.connect() as conn:  # fail early if the database is not there
        await conn.execute(text("SELECT 1"))
    yield engine
    await engine.dispose()


@pytest.mark.asyncio  # the default: this test runs in a new loop of its own
async def test_query(engine):
    async with AsyncSession(engine) as session:
        assert await session.scalar(text("SELECT 1")) == 1


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
test_query = pytest.mark.xfail(
    raises=RuntimeError,
    strict=True,
    reason="the pooled connection belongs to the session loop",
)(test_query)
