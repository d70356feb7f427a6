# --8<-- [start:sample]
import contextlib
import uuid

import asyncpg
import pytest

from .schemas import CREATE_USERS, leftovers
from .servers import CONNECT_TIMEOUT, DATABASE_URL, needs_postgres

pytestmark = needs_postgres

BROKEN = (
    "CREATE TABLE users (id serial PRIMARY KEY,)"  # a trailing comma: a syntax error
)


@contextlib.asynccontextmanager
async def leaky_temporary_schema(name: str, *statements: str):
    """The same steps, but only the part after the setup is protected by try/finally."""
    admin = await asyncpg.connect(
        DATABASE_URL,
        timeout=CONNECT_TIMEOUT,
        server_settings={"application_name": name},
    )
    await admin.execute(f"CREATE SCHEMA {name}")
    await admin.execute(f"SET search_path TO {name}")
    for statement in statements:
        await admin.execute(statement)
    try:
        yield name
    finally:
        await admin.execute(f"DROP SCHEMA {name} CASCADE")
        await admin.close()


@pytest.mark.asyncio
async def test_it_works_when_nothing_fails():
    name = f"test_{uuid.uuid4().hex}"
    async with leaky_temporary_schema(name, CREATE_USERS):
        assert await leftovers(name) == {"schemas": 1, "connections": 1}
    assert await leftovers(name) == {"schemas": 0, "connections": 0}


@pytest.mark.asyncio
async def test_a_failing_statement_leaves_nothing_behind():
    name = f"test_{uuid.uuid4().hex}"
    # `as failure` keeps the traceback, and what its frames hold, until the checks below.
    with pytest.raises(asyncpg.PostgresSyntaxError) as failure:
        await leaky_temporary_schema(name, BROKEN).__aenter__()

    assert failure.value.sqlstate == "42601"  # syntax_error
    try:
        assert await leftovers(name) == {"schemas": 0, "connections": 0}
    finally:
        await remove_leftovers(name)


async def remove_leftovers(name: str) -> None:
    """This demonstration cleans up after the leaky version: drop the schema, end the connection."""
    conn = await asyncpg.connect(DATABASE_URL, timeout=CONNECT_TIMEOUT)
    try:
        await conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")
        await conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1",
            name,
        )
    finally:
        await conn.close()


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
test_a_failing_statement_leaves_nothing_behind = pytest.mark.xfail(
    raises=AssertionError,
    strict=True,
    reason="the schema and the admin connection are left behind",
)(test_a_failing_statement_leaves_nothing_behind)
# The leaked admin connection is garbage-collected without close(): that is the leak shown here.
pytestmark = [
    needs_postgres,
    pytest.mark.filterwarnings("ignore:unclosed connection:ResourceWarning"),
]
