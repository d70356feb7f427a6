import pytest
import pytest_asyncio

from .databases import postgres_engine, session_rolled_back_after, sqlite_engine
from .servers import needs_postgres

ENGINES = {"sqlite": sqlite_engine, "postgresql": postgres_engine}


@pytest_asyncio.fixture(
    scope="session",
    loop_scope="session",
    params=["sqlite", pytest.param("postgresql", marks=needs_postgres)],
)
async def engine(request):
    """One engine per database for the whole run, created in the session loop."""
    async with ENGINES[request.param]() as engine:
        yield engine


# a new session for each test, in the engine's loop
@pytest_asyncio.fixture(loop_scope="session")
async def session(engine):
    async with session_rolled_back_after(engine) as session:
        yield session
