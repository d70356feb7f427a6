from datetime import UTC, datetime

import pytest

from .accounts import Accounts, EmailTaken, User
from .fake_repository import FakeUserRepository

NOON = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def accounts():
    return Accounts(FakeUserRepository(), clock=lambda: NOON)


@pytest.mark.asyncio
async def test_sign_up_stores_the_user(accounts):
    user = await accounts.sign_up(" Ada@Example.com ")

    assert user == User(id=1, email="ada@example.com", created_at=NOON)
    assert await accounts.repo.get_by_email("ada@example.com") == user


@pytest.mark.asyncio
async def test_an_email_signs_up_only_once(accounts):
    await accounts.sign_up("ada@example.com")

    with pytest.raises(EmailTaken):
        await accounts.sign_up("ADA@example.com")
