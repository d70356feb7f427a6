import asyncio

import pytest

from .connection_pool import AsyncConnectionPool


class FakeConnection:
    def __init__(self):
        self.closed = False

    async def close(self):
        self.closed = True


@pytest.fixture
def opened() -> list[FakeConnection]:
    return []  # every connection the test's pool opened


@pytest.fixture
def connect(opened):
    async def connect() -> FakeConnection:
        opened.append(conn := FakeConnection())
        return conn

    return connect


@pytest.mark.asyncio
async def test_the_pool_opens_and_closes_its_connections(connect, opened):
    async with AsyncConnectionPool(connect, max_connections=3) as pool:
        assert pool.available.qsize() == 3
        assert not any(conn.closed for conn in opened)

    assert len(opened) == 3 and all(conn.closed for conn in opened)


@pytest.mark.asyncio
async def test_exit_closes_a_connection_still_in_use(connect, opened):
    holding = asyncio.Event()

    async def long_request(pool):
        async with pool.acquire():
            holding.set()
            await asyncio.Event().wait()  # still running when the pool shuts down

    async with AsyncConnectionPool(connect, max_connections=2) as pool:
        request = asyncio.create_task(long_request(pool))
        await holding.wait()
        assert pool.in_use == 1

    assert all(conn.closed for conn in opened)
    request.cancel()
    with pytest.raises(asyncio.CancelledError):
        await request


@pytest.mark.asyncio
async def test_a_failed_block_gives_its_connection_back(connect):
    async with AsyncConnectionPool(connect, max_connections=1) as pool:
        with pytest.raises(ConnectionResetError):
            async with pool.acquire():
                raise ConnectionResetError("the server closed the connection")

        assert pool.in_use == 0
        async with pool.acquire() as conn:  # the only connection is available again
            assert conn is not None


@pytest.mark.asyncio
async def test_no_more_than_max_connections_at_once(connect):
    done = asyncio.Event()
    seen_in_use = []

    async def query(pool):
        async with pool.acquire():
            seen_in_use.append(pool.in_use)
            await done.wait()

    async with AsyncConnectionPool(connect, max_connections=2) as pool:
        queries = [asyncio.create_task(query(pool)) for _ in range(4)]
        # each task runs until it holds a connection or waits for one
        await asyncio.sleep(0)
        assert pool.in_use == 2 and len(seen_in_use) == 2
        done.set()
        await asyncio.gather(*queries)

    assert len(seen_in_use) == 4 and max(seen_in_use) == 2 and pool.in_use == 0


@pytest.mark.asyncio
async def test_a_pool_that_fails_to_start_closes_what_it_opened(connect, opened):
    async def connect_twice():
        if len(opened) == 2:
            raise ConnectionRefusedError("too many clients")
        return await connect()

    pool = AsyncConnectionPool(connect_twice, max_connections=3)
    with pytest.raises(ConnectionRefusedError):
        await pool.__aenter__()  # what `async with pool:` does first

    assert len(opened) == 2 and all(conn.closed for conn in opened)
