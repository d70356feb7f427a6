"""A job runner that borrows a connection from a pool: the code under test on this page."""

import asyncio
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)


class Pool:
    """A stand-in for a connection pool: it counts the connections checked out."""

    def __init__(self) -> None:
        self.in_use = 0

    async def acquire(self) -> "Pool":
        await asyncio.sleep(0)  # a real pool would wait for a free connection here
        self.in_use += 1
        return self

    def release(self) -> None:
        self.in_use -= 1


async def run_job(pool: Pool, job: Callable[[], Awaitable[str]]) -> str:
    connection = await pool.acquire()
    try:
        return await job()
    finally:
        connection.release()  # on success, on error, and on cancellation


async def run_job_quietly(pool: Pool, job: Callable[[], Awaitable[str]]) -> str | None:
    """The bug: a cancellation is logged and turned into a normal return."""
    connection = await pool.acquire()
    try:
        return await job()
    except asyncio.CancelledError:
        log.warning("job cancelled")
        return None
    finally:
        connection.release()
