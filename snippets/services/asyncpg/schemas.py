import contextlib

import asyncpg

from .servers import CONNECT_TIMEOUT, DATABASE_URL

CREATE_USERS = "CREATE TABLE users (id serial PRIMARY KEY, name text NOT NULL, email text NOT NULL)"


@contextlib.asynccontextmanager
async def temporary_schema(name: str, *statements: str):
    """Create the schema `name`, run `statements` in it, and drop it on exit: also when a statement
    fails. Its connection carries the schema's name, so pg_stat_activity can find it."""
    admin = await asyncpg.connect(
        DATABASE_URL,
        timeout=CONNECT_TIMEOUT,
        server_settings={"application_name": name},
    )
    try:
        await admin.execute(f"CREATE SCHEMA {name}")
        try:
            await admin.execute(f"SET search_path TO {name}")
            for statement in statements:
                await admin.execute(statement)
            yield name
        finally:
            await admin.execute(f"DROP SCHEMA {name} CASCADE")
    finally:
        await admin.close()


async def leftovers(name: str) -> dict[str, int]:
    """What the server still has of `name`: schemas by that name, connections named after it."""
    conn = await asyncpg.connect(DATABASE_URL, timeout=CONNECT_TIMEOUT)
    try:
        return {
            "schemas": await conn.fetchval(
                "SELECT count(*) FROM pg_namespace WHERE nspname = $1", name
            ),
            "connections": await conn.fetchval(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1",
                name,
            ),
        }
    finally:
        await conn.close()
