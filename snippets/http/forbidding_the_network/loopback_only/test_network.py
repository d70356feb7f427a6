import asyncio

import pytest


@pytest.mark.asyncio
async def test_loopback_server_works():
    async def echo(reader, writer):
        writer.write(await reader.readline())
        await writer.drain()
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"ping\n")
        assert await reader.readline() == b"ping\n"
        writer.close()
        await writer.wait_closed()


@pytest.mark.asyncio
async def test_other_hosts_are_blocked():
    # 192.0.2.10 is a documentation address (TEST-NET-1): it stands for any host on the internet.
    await asyncio.open_connection("192.0.2.10", 80)
