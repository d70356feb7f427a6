import asyncio

import pytest


# Three tests in one shared event loop (the module's), each with an I/O wait in the middle.
@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("name", ["a", "b", "c"])
async def test_waits_for_io(name):
    print(f"start {name}")
    # the loop is free here: it could run another test, but none is started
    await asyncio.sleep(0.001)
    print(f"end {name}")


# The same three waits inside one test, in a task group: now they overlap.
@pytest.mark.asyncio
async def test_concurrency_inside_one_test():
    async def wait_for_io(name):
        print(f"start {name}")
        await asyncio.sleep(0.001)
        print(f"end {name}")

    async with asyncio.TaskGroup() as tg:
        for name in ["a", "b", "c"]:
            tg.create_task(wait_for_io(name))
