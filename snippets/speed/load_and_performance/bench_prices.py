"""Benchmark two ways of awaiting five lookups, with pyperf's support for async functions."""

import asyncio

import pyperf

PRICES = {"apple": 3, "pear": 4, "plum": 2, "fig": 5, "kiwi": 1}


async def fetch_price(item: str) -> int:
    # a fake lookup that answers after one trip through the event loop
    await asyncio.sleep(0)
    return PRICES[item]


async def one_by_one() -> list[int]:
    return [await fetch_price(item) for item in PRICES]


async def in_a_task_group() -> list[int]:
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch_price(item)) for item in PRICES]
    return [task.result() for task in tasks]


# Few worker processes and short values keep this example quick. For figures you can compare
# between runs, drop the arguments: pyperf's defaults (20 processes) are steadier.
runner = pyperf.Runner(processes=3, values=3, min_time=0.01)
runner.bench_async_func("one by one", one_by_one)
runner.bench_async_func("task group", in_a_task_group)
