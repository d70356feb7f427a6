# --8<-- [start:sample]
from datetime import UTC, datetime
from unittest.mock import AsyncMock

import pytest

from .accounts import Accounts

NOON = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


@pytest.mark.asyncio
async def test_sign_up_stores_the_user():
    repo = AsyncMock()
    accounts = Accounts(repo, clock=lambda: NOON)

    assert await accounts.sign_up("ada@example.com") is repo.add.return_value


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
from .accounts import EmailTaken  # noqa: E402

pytestmark = pytest.mark.xfail(
    raises=EmailTaken, strict=True, reason="a mock is never None"
)
