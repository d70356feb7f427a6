import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from .accounts import find_by_email, register
from .models import User

pytestmark = pytest.mark.asyncio(loop_scope="session")  # the loop of the engine


async def test_register_commits(session):
    # commits: releases a savepoint
    user = await register(session, "Ada", "ada@example.com")
    assert await find_by_email(session, "ada@example.com") == user


async def test_every_test_starts_with_an_empty_table(session):
    assert await session.scalar(select(func.count()).select_from(User)) == 0


async def test_a_rollback_in_the_code_keeps_the_test_transaction(session):
    await register(session, "Ada", "ada@example.com")
    with pytest.raises(IntegrityError):
        await register(session, "Ada again", "ada@example.com")  # the email is taken
    await session.rollback()  # back to the savepoint: the first user is still there

    assert await find_by_email(session, "ada@example.com") is not None
