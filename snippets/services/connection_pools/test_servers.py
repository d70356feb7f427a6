import asyncio
import socket

import asyncpg
import pytest

from .servers import CONNECT_TIMEOUT, DATABASE_URL, needs, needs_postgres


@pytest.fixture
def stopped_server():
    """The URL of a loopback port where nothing listens (bound, not listening, during the test)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"postgresql://postgres@127.0.0.1:{sock.getsockname()[1]}/test"


@pytest.fixture
def silent_server():
    """The URL of a loopback port that accepts connections and never answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield f"postgresql://postgres@127.0.0.1:{sock.getsockname()[1]}/test"


def test_without_a_server_the_test_is_skipped(stopped_server, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    mark = needs(stopped_server, 5432, "start PostgreSQL")
    assert mark.args == (True,)
    assert mark.kwargs["reason"].startswith("nothing listens at 127.0.0.1:")


def test_in_ci_the_test_runs_anyway(stopped_server, monkeypatch):
    monkeypatch.setenv("CI", "true")
    assert needs(stopped_server, 5432, "start PostgreSQL").args == (False,)


@pytest.mark.asyncio
async def test_a_stopped_server_refuses_at_once(stopped_server):
    with pytest.raises(ConnectionRefusedError, match="Connect call failed"):
        await asyncpg.connect(stopped_server, timeout=CONNECT_TIMEOUT)


@pytest.mark.asyncio
@pytest.mark.looptime  # virtual time: the server never answers, so only the timeout can end this
async def test_a_server_that_never_answers_times_out(silent_server):
    loop = asyncio.get_running_loop()
    start = loop.time()
    with pytest.raises(TimeoutError):
        await asyncpg.connect(silent_server, timeout=CONNECT_TIMEOUT)
    assert loop.time() - start == CONNECT_TIMEOUT


@needs_postgres
@pytest.mark.asyncio
async def test_a_wrong_database_name_is_named_in_the_error():
    wrong = DATABASE_URL.rsplit("/", 1)[0] + "/no_such_database"
    with pytest.raises(
        asyncpg.InvalidCatalogNameError,
        match='database "no_such_database" does not exist',
    ):
        await asyncpg.connect(wrong, timeout=CONNECT_TIMEOUT)
