"""Send 200 requests, at most 10 at a time, to the users API started here on loopback."""

import asyncio
import time

from aiohttp import web
from load import run_load
from users_api import create_app


async def main() -> None:
    runner = web.AppRunner(create_app())
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)  # port 0: any free port
    await site.start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}/users/1"
    try:
        start = time.perf_counter()
        report = await run_load(url, requests=200, concurrency=10, deadline=10)
        took = time.perf_counter() - start
    finally:
        await runner.cleanup()
    print(f"{report.requests} requests to {url}, at most 10 at a time")
    print(f"ok: {report.ok}, failed: {report.failed}, unfinished: {report.unfinished}")
    p50, p90, p99 = (report.percentile(p) * 1000 for p in (50, 90, 99))
    print(f"latency p50: {p50:.2f} ms, p90: {p90:.2f} ms, p99: {p99:.2f} ms")
    print(f"took {took:.2f} s")


asyncio.run(main())
