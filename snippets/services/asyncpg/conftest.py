import uuid

import asyncpg
import pytest_asyncio

from .schemas import CREATE_USERS, temporary_schema
from .servers import CONNECT_TIMEOUT, DATABASE_URL


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def schema():
    """One schema for the whole run, with its table: created once, dropped at the end."""
    async with temporary_schema(f"test_{uuid.uuid4().hex}", CREATE_USERS) as name:
        yield name  # a string: tests in any loop can use it


@pytest_asyncio.fixture
async def connection(schema):
    """A connection inside a transaction that is never committed: rolled back after the test."""
    conn = await asyncpg.connect(
        DATABASE_URL, timeout=CONNECT_TIMEOUT, server_settings={"search_path": schema}
    )
    try:
        transaction = conn.transaction()
        await transaction.start()
        yield conn
        await transaction.rollback()
    finally:
        await conn.close()  # closing also rolls back, if the rollback above did not run
