import asyncio

import pytest

# Every loop a test ran in, by the test's loop scope. Keeping the loops alive keeps their id()s
# unique: a closed, garbage-collected loop's id() can be reused by the next loop.
loops = {"function": [], "module": []}


def record(scope: str) -> asyncio.AbstractEventLoop:
    loop = asyncio.get_running_loop()
    loops[scope].append(loop)
    print(f"loop {id(loop):#x}", end=" ")
    return loop


@pytest.mark.asyncio
async def test_function_loop_a():
    loop = record("function")
    assert loops["function"].count(loop) == 1  # no other test ran in this loop
    assert loop not in loops["module"]


@pytest.mark.asyncio
async def test_function_loop_b():
    loop = record("function")
    assert loops["function"].count(loop) == 1
    assert loop not in loops["module"]


@pytest.mark.asyncio(loop_scope="module")
async def test_module_loop_a():
    loop = record("module")
    assert all(other is loop for other in loops["module"])  # one loop for the module
    assert loop not in loops["function"]


@pytest.mark.asyncio(loop_scope="module")
async def test_module_loop_b():
    loop = record("module")
    assert all(other is loop for other in loops["module"])
    assert loop not in loops["function"]
