import contextlib
import uuid
from collections.abc import AsyncIterator

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine
from sqlalchemy.schema import CreateSchema, DropSchema

from .models import Base
from .servers import CONNECT_TIMEOUT, DATABASE_URL

# SQLAlchemy names the driver
POSTGRES_URL = make_url(DATABASE_URL).set(drivername="postgresql+asyncpg")


def fix_sqlite_transactions(engine: AsyncEngine) -> AsyncEngine:
    """Let SQLAlchemy emit BEGIN itself, so that a SAVEPOINT nests inside the transaction
    (the recipe from SQLAlchemy's SQLite documentation, for pysqlite and aiosqlite)."""

    @event.listens_for(engine.sync_engine, "connect")
    def do_connect(dbapi_connection, connection_record):
        dbapi_connection.isolation_level = (
            None  # the driver no longer emits BEGIN on its own
        )

    @event.listens_for(engine.sync_engine, "begin")
    def do_begin(conn):
        conn.exec_driver_sql("BEGIN")

    return engine


@contextlib.asynccontextmanager
async def sqlite_engine() -> AsyncIterator[AsyncEngine]:
    """An in-memory SQLite database with the tables."""
    engine = fix_sqlite_transactions(
        create_async_engine("sqlite+aiosqlite:///:memory:")
    )
    try:
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)
        yield engine
    finally:
        await engine.dispose()


@contextlib.asynccontextmanager
async def postgres_engine() -> AsyncIterator[AsyncEngine]:
    """PostgreSQL, with the tables in a new schema that is dropped on exit."""
    schema = f"test_{uuid.uuid4().hex}"
    engine = create_async_engine(
        POSTGRES_URL,
        connect_args={"timeout": CONNECT_TIMEOUT},
        execution_options={"schema_translate_map": {None: schema}},
    )
    try:
        async with engine.begin() as conn:
            await conn.execute(CreateSchema(schema))
            await conn.run_sync(Base.metadata.create_all)
        yield engine
    finally:
        async with engine.begin() as conn:
            await conn.execute(DropSchema(schema, cascade=True, if_exists=True))
        await engine.dispose()


@contextlib.asynccontextmanager
async def session_rolled_back_after(engine: AsyncEngine) -> AsyncIterator[AsyncSession]:
    """A session whose commits are undone when the block ends: the session works in a SAVEPOINT
    inside a transaction that is rolled back."""
    async with engine.connect() as connection:
        transaction = await connection.begin()
        try:
            async with AsyncSession(
                bind=connection,
                expire_on_commit=False,
                join_transaction_mode="create_savepoint",
            ) as session:
                yield session
        finally:
            await transaction.rollback()
