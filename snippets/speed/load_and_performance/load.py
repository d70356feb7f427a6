"""A bounded load generator: a fixed number of requests, at most `concurrency` at a time, and a
deadline after which it stops whatever happens. It sends requests to loopback addresses only."""

import asyncio
import ipaddress
import statistics
import time
from dataclasses import dataclass, field

import aiohttp
from yarl import URL


@dataclass
class LoadReport:
    requests: int
    ok: int = 0
    failed: int = 0
    # seconds, for each answered request
    latencies: list[float] = field(default_factory=list)

    @property
    def unfinished(self) -> int:  # not answered before the deadline
        return self.requests - self.ok - self.failed

    def percentile(self, p: int) -> float:
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[p - 1]


def check_loopback(url: str) -> None:
    host = URL(url).host or ""
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise ValueError(
            f"refusing to send load to {host!r}: give a loopback address such as 127.0.0.1"
        )


async def run_load(
    url: str, *, requests: int, concurrency: int, deadline: float
) -> LoadReport:
    check_loopback(url)
    report = LoadReport(requests)
    todo = iter(range(requests))  # shared by the workers: each request is taken once

    async def worker(session: aiohttp.ClientSession) -> None:
        for _ in todo:
            start = time.perf_counter()
            try:
                async with session.get(url) as response:
                    await response.read()
            except aiohttp.ClientError:
                report.failed += 1
                continue
            report.latencies.append(time.perf_counter() - start)
            if response.status == 200:
                report.ok += 1
            else:
                report.failed += 1

    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        try:
            async with asyncio.timeout(deadline), asyncio.TaskGroup() as tg:
                for _ in range(concurrency):
                    tg.create_task(worker(session))
        except TimeoutError:
            pass  # what did not finish in time is reported as unfinished
    return report
