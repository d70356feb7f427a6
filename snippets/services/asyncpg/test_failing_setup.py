import uuid

import asyncpg
import pytest

from .schemas import leftovers, temporary_schema
from .servers import needs_postgres

pytestmark = needs_postgres

BROKEN = (
    "CREATE TABLE users (id serial PRIMARY KEY,)"  # a trailing comma: a syntax error
)


@pytest.mark.asyncio
async def test_a_failing_statement_leaves_nothing_behind():
    name = f"test_{uuid.uuid4().hex}"
    # `as failure` keeps the traceback, and what its frames hold, until the checks below.
    with pytest.raises(asyncpg.PostgresSyntaxError) as failure:
        await temporary_schema(
            name, BROKEN
        ).__aenter__()  # what `async with` does first

    assert failure.value.sqlstate == "42601"  # syntax_error
    assert await leftovers(name) == {"schemas": 0, "connections": 0}
