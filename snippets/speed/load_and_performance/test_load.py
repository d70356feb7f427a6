import asyncio
from dataclasses import dataclass, field

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from .load import run_load


@dataclass
class InFlight:
    limit: int
    now: int = 0
    most: int = 0
    arrived: int = 0
    first_batch_in: asyncio.Event = field(default_factory=asyncio.Event)


def counting_app(in_flight: InFlight) -> web.Application:
    """Answers every request and records how many were in flight at once. The first `limit`
    requests wait until all of them have arrived: a generator that sent them one at a time would
    hang here until its deadline, and the test would fail."""

    async def handle(request: web.Request) -> web.Response:
        in_flight.now += 1
        in_flight.most = max(in_flight.most, in_flight.now)
        in_flight.arrived += 1
        if in_flight.arrived == in_flight.limit:
            in_flight.first_batch_in.set()
        try:
            await in_flight.first_batch_in.wait()
            return web.Response(text="ok")
        finally:
            in_flight.now -= 1

    app = web.Application()
    app.router.add_get("/", handle)
    return app


@pytest.mark.asyncio
async def test_sends_every_request_once_and_never_more_than_the_limit_at_a_time():
    in_flight = InFlight(limit=5)
    async with TestServer(counting_app(in_flight), host="127.0.0.1") as server:
        report = await run_load(
            str(server.make_url("/")), requests=50, concurrency=5, deadline=10
        )
    assert (report.ok, report.failed, report.unfinished) == (50, 0, 0)
    assert len(report.latencies) == 50
    assert in_flight.arrived == 50
    assert in_flight.most == 5  # the limit was reached, and never exceeded


@pytest.mark.asyncio
async def test_counts_error_statuses_and_broken_connections():
    app = web.Application()  # no routes: every request gets a 404
    async with TestServer(app, host="127.0.0.1") as server:
        report = await run_load(
            str(server.make_url("/")), requests=6, concurrency=2, deadline=10
        )
    assert (report.ok, report.failed, report.unfinished) == (0, 6, 0)

    # A server that closes every connection without answering.
    hang_up = await asyncio.start_server(
        lambda reader, writer: writer.close(), "127.0.0.1", 0
    )
    async with hang_up:
        port = hang_up.sockets[0].getsockname()[1]
        report = await run_load(
            f"http://127.0.0.1:{port}/", requests=6, concurrency=2, deadline=10
        )
    assert (report.ok, report.failed, report.unfinished) == (0, 6, 0)
    assert report.latencies == []  # only answered requests have a latency


@pytest.mark.asyncio
async def test_refuses_hosts_other_than_loopback():
    with pytest.raises(ValueError, match="loopback"):
        await run_load("http://example.com/", requests=1, concurrency=1, deadline=1)


@pytest.mark.asyncio
@pytest.mark.looptime  # the 30-second deadline passes in loop time, not in real time
async def test_stops_at_its_deadline_when_the_server_never_answers():
    async def never_answer(request: web.Request) -> web.Response:
        # A future that nothing completes: the handler waits until the server closes.
        return await asyncio.get_running_loop().create_future()

    app = web.Application()
    app.router.add_get("/", never_answer)
    loop = asyncio.get_running_loop()
    async with TestServer(app, host="127.0.0.1") as server:
        start = loop.time()
        report = await run_load(
            str(server.make_url("/")), requests=20, concurrency=4, deadline=30
        )
        stopped_after = loop.time() - start
    assert (report.ok, report.failed, report.unfinished) == (0, 0, 20)
    assert stopped_after == 30
