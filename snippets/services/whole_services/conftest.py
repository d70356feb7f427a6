import uuid

import asyncpg
import pytest
import pytest_asyncio
import redis.asyncio as redis

from .fake_apis import create_app
from .servers import CONNECT_TIMEOUT, DATABASE_URL, REDIS_URL

TABLES = [
    "CREATE TABLE users (id serial PRIMARY KEY, username text UNIQUE, email text NOT NULL,"
    " created_at timestamp DEFAULT now())",
    "CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, price numeric(10, 2) NOT NULL,"
    " stock integer NOT NULL)",
]


def in_schema(url: str, schema: str) -> str:
    """The same database URL, with `schema` as the search path (asyncpg hands URL parameters it
    does not know to the server as settings)."""
    return f"{url}{'&' if '?' in url else '?'}search_path={schema}"


@pytest_asyncio.fixture
async def database_url():
    """A URL whose connections see a schema of this test's own, with the tables; dropped afterwards."""
    schema = f"test_{uuid.uuid4().hex}"
    admin = await asyncpg.connect(DATABASE_URL, timeout=CONNECT_TIMEOUT)
    try:
        await admin.execute(f"CREATE SCHEMA {schema}")
        try:
            await admin.execute(f"SET search_path TO {schema}")
            for table in TABLES:
                await admin.execute(table)
            yield in_schema(DATABASE_URL, schema)
        finally:
            await admin.execute(f"DROP SCHEMA {schema} CASCADE")
    finally:
        await admin.close()


@pytest_asyncio.fixture
async def pool(database_url):
    async with asyncpg.create_pool(
        database_url, min_size=1, max_size=4, timeout=CONNECT_TIMEOUT
    ) as pool:
        yield pool


@pytest_asyncio.fixture
async def redis_client():
    client = redis.Redis.from_url(
        REDIS_URL, socket_connect_timeout=CONNECT_TIMEOUT, decode_responses=True
    )
    try:
        yield client
    finally:
        await client.aclose()


@pytest_asyncio.fixture
async def cache_prefix(redis_client):
    """A key prefix of this test's own; its keys are deleted after the test."""
    prefix = f"test:{uuid.uuid4().hex}:"
    yield prefix
    async for key in redis_client.scan_iter(match=f"{prefix}*"):
        await redis_client.delete(key)


@pytest_asyncio.fixture
async def apis(aiohttp_server):
    """The fake third-party APIs on 127.0.0.1, on a port the OS picks; stopped after the test."""
    return await aiohttp_server(create_app())


@pytest.fixture
def apis_url(apis) -> str:
    return str(apis.make_url(""))
