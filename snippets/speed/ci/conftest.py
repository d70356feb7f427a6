import logging
import os
import socket
from urllib.parse import urlsplit

import asyncpg
import pytest
import pytest_asyncio
import redis.asyncio as redis

# The workflow sets these for its service containers; locally, the same services on loopback.
DATABASE_URL = os.environ.get(
    "DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test"
)
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")


def reachable(url: str) -> bool:
    parts = urlsplit(url)
    with socket.socket() as sock:
        return sock.connect_ex((parts.hostname, parts.port)) == 0


def pytest_collection_modifyitems(items):
    # Locally, skip the tests of a service that is not running. In CI (GitHub sets CI=true), run
    # them anyway: a service that did not start must fail the build, not turn it green.
    if os.environ.get("CI"):
        return
    for marker, url in {"postgres": DATABASE_URL, "redis": REDIS_URL}.items():
        if not reachable(url):
            skip = pytest.mark.skip(reason=f"no {marker} at {urlsplit(url).netloc}")
            for item in items:
                if item.get_closest_marker(marker):
                    item.add_marker(skip)


@pytest_asyncio.fixture
async def db():
    connection = await asyncpg.connect(DATABASE_URL)
    transaction = connection.transaction()
    await transaction.start()
    try:
        yield connection
    finally:
        await transaction.rollback()  # whatever the test wrote is gone
        await connection.close()


@pytest_asyncio.fixture
async def cache():
    client = redis.from_url(REDIS_URL)
    try:
        yield client
    finally:
        await client.aclose()


class AsyncioWarnings(logging.Filter):
    """Takes asyncio's warnings and errors out of the log, so that the test can fail instead."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return True
        if record.msg.startswith("Executing %s took"):  # debug mode: a slow callback
            handle = str(record.args[0])
            if not handle.startswith("<Task"):
                return True  # one of asyncio's own callbacks: leave it in the log
            self.messages.append(f"a step blocked the event loop: {handle}")
        else:
            self.messages.append(record.getMessage())
        return False


@pytest.fixture(autouse=True)
def fail_on_asyncio_warnings():
    """asyncio reports some bugs only in its log: in debug mode, each step of a task that blocks
    the event loop for 0.1 s or more; in any mode, an exception that no one retrieved. Make them
    fail the test that caused them, instead of going to a log that no one reads."""
    logger = logging.getLogger("asyncio")
    warnings_seen = AsyncioWarnings()
    logger.addFilter(warnings_seen)
    try:
        yield
    finally:
        logger.removeFilter(warnings_seen)
    if warnings_seen.messages:
        pytest.fail(
            "asyncio logged:\n" + "\n".join(warnings_seen.messages), pytrace=False
        )
