import asyncio

import pytest


async def answer_after_a_second(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    await reader.readline()
    await asyncio.sleep(1)
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
async def test_a_server_that_exists_only_in_memory():
    # any name works
    server = await asyncio.start_server(answer_after_a_second, "db.test", 5432)
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with server:
        async with asyncio.timeout(5):
            assert await ping("db.test", 5432) == b"PONG\n"
    assert loop.time() - start == 1
