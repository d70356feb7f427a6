import asyncio

import pytest


async def answer_after_a_second(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    await reader.readline()
    await asyncio.sleep(1)  # a wait the event loop knows about: a timer
    writer.write(b"PONG\n")
    writer.close()


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
async def test_ping_a_server_in_the_same_loop():
    server = await asyncio.start_server(answer_after_a_second, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with server:
        async with asyncio.timeout(5):
            assert await ping(host, port) == b"PONG\n"
    # the server's timer; the socket I/O took no loop time
    assert loop.time() - start == 1
