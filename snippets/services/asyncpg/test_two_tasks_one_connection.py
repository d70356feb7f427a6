# --8<-- [start:sample]
import contextlib

import pytest

from .lookups import get_many
from .repository import UserRepository
from .servers import needs_postgres

pytestmark = needs_postgres


class OneConnectionPool:
    """Hands the test's connection, in the test's transaction, to code that asks a pool."""

    def __init__(self, connection):
        self.connection = connection

    @contextlib.asynccontextmanager
    async def acquire(self):
        yield self.connection


@pytest.mark.asyncio
async def test_two_lookups_at_once(connection):
    repo = UserRepository(OneConnectionPool(connection))
    ada = await repo.create("Ada", "ada@example.com")
    grace = await repo.create("Grace", "grace@example.com")

    assert await get_many(repo, [ada.id, grace.id]) == [ada, grace]


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
test_two_lookups_at_once = pytest.mark.xfail(
    raises=ExceptionGroup,
    strict=True,
    reason="two tasks share one connection",
)(test_two_lookups_at_once)
