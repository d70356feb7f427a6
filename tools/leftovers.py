"""Nothing the samples create is left in PostgreSQL or Redis (a pytest plugin).

The samples that use the real servers create their PostgreSQL objects in schemas named `test_…`
(or databases named `test_…`) and Redis keys starting with `test:`, and remove them in teardown.
The run compares what exists at its start and at its end, after every worker has finished, so a
leftover of an earlier, interrupted run does not count. A server that cannot be reached is not
checked (the samples that need it were skipped, or failed in CI)."""

from __future__ import annotations

import asyncio
import os

import pytest

DATABASE_URL = os.environ.get(
    "DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test"
)
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
BEFORE = pytest.StashKey[set[str]]()


async def _postgres() -> set[str]:
    import asyncpg

    try:
        connection = await asyncpg.connect(DATABASE_URL, timeout=2)
    except (TimeoutError, OSError, asyncpg.PostgresError):
        return set()
    try:
        schemas = await connection.fetch(
            r"SELECT nspname FROM pg_namespace WHERE nspname LIKE 'test\_%'"
        )
        databases = await connection.fetch(
            r"SELECT datname FROM pg_database WHERE datname LIKE 'test\_%'"
        )
    finally:
        await connection.close()
    return {f"PostgreSQL schema {r[0]}" for r in schemas} | {
        f"PostgreSQL database {r[0]}" for r in databases
    }


def _redis() -> set[str]:
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2, socket_timeout=5)
    try:
        return {
            f"Redis key {key.decode(errors='replace')}"
            for key in client.scan_iter(match="test:*", count=1000)
        }
    except redis.RedisError:
        return set()
    finally:
        client.close()


def existing() -> set[str]:
    return asyncio.run(_postgres()) | _redis()


def is_controller(config: pytest.Config) -> bool:
    return not hasattr(config, "workerinput")


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    if is_controller(session.config) and not session.config.option.collectonly:
        session.config.stash[BEFORE] = existing()


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    config = session.config
    before = config.stash.get(BEFORE, None)
    if before is None:
        return
    left = sorted(existing() - before)
    if left:
        config.stash[LEFT] = left
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


LEFT = pytest.StashKey[list[str]]()


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    if left := config.stash.get(LEFT, None):
        terminalreporter.section("left behind in PostgreSQL and Redis")
        terminalreporter.write_line(
            "The run created these and did not remove them (a sample's teardown must):"
        )
        for thing in left:
            terminalreporter.write_line(f"  {thing}")
