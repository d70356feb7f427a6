# --8<-- [start:sample]
import pytest
import pytest_asyncio
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from .models import Base, User


@pytest_asyncio.fixture
async def async_db_session():
    engine = create_async_engine("sqlite+aiosqlite:///:memory:")
    try:
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)
        async with async_sessionmaker(
            engine
        )() as session:  # expire_on_commit: the default, True
            yield session
    finally:
        await engine.dispose()


@pytest.mark.asyncio
async def test_read_an_attribute_after_commit(async_db_session):
    user = User(name="Test User", email="test@example.com")
    async_db_session.add(user)
    await async_db_session.commit()

    assert user.name == "Test User"


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
from sqlalchemy.exc import StatementError  # noqa: E402  (it wraps MissingGreenlet)

# The attribute's lazy load creates a driver coroutine that is never awaited (the error above).
pytestmark = pytest.mark.filterwarnings(
    "ignore:coroutine 'Connection.cursor' was never awaited:RuntimeWarning"
)
test_read_an_attribute_after_commit = pytest.mark.xfail(
    raises=StatementError,
    strict=True,
    reason="the expired attribute would need a query without await",
)(test_read_an_attribute_after_commit)
