# --8<-- [start:sample]
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import create_async_engine

from .accounts import register
from .databases import session_rolled_back_after
from .models import Base, User


@pytest.mark.asyncio
async def test_a_commit_does_not_survive_the_rollback():
    # without fix_sqlite_transactions()
    engine = create_async_engine("sqlite+aiosqlite:///:memory:")
    try:
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)

        async with session_rolled_back_after(engine) as session:  # what one test does
            await register(session, "Ada", "ada@example.com")
        async with session_rolled_back_after(
            engine
        ) as session:  # what the next test sees
            assert await session.scalar(select(func.count()).select_from(User)) == 0
    finally:
        await engine.dispose()


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
test_a_commit_does_not_survive_the_rollback = pytest.mark.xfail(
    raises=AssertionError,
    strict=True,
    reason="the driver's SAVEPOINT is not inside the transaction",
)(test_a_commit_does_not_survive_the_rollback)
