# --8<-- [start:sample]
import asyncio
import contextlib
import socket
import threading

import pytest


@pytest.fixture
def server_in_a_thread():
    """A server outside the event loop (like a database in another process): it answers
    each request after one second of real time, or as soon as the test is over."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(5)
    test_over = threading.Event()

    def serve():
        with contextlib.suppress(
            OSError
        ):  # the client may be gone by the time it answers
            connection, _ = listener.accept()
            with connection:
                connection.recv(64)
                test_over.wait(timeout=1)
                connection.sendall(b"PONG\n")

    thread = threading.Thread(target=serve)
    thread.start()
    yield listener.getsockname()
    test_over.set()
    thread.join()
    listener.close()


async def ping(host: str, port: int) -> bytes:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(b"PING\n")
        return await reader.readline()
    finally:
        writer.close()
        await writer.wait_closed()


@pytest.mark.asyncio
@pytest.mark.looptime
async def test_ping_within_five_seconds(server_in_a_thread):
    async with asyncio.timeout(5):  # the server answers after 1 s: plenty of time?
        assert await ping(*server_in_a_thread) == b"PONG\n"


# --8<-- [end:sample]


pytestmark = pytest.mark.xfail(
    raises=TimeoutError,
    strict=True,
    reason="under looptime, the clock jumps to the 5 s deadline at once",
)
