import asyncio

import pytest
import pytest_asyncio


@pytest_asyncio.fixture(autouse=True)
async def no_leftover_tasks():
    """Fail a test that leaves tasks running: pytest-asyncio would cancel them unseen."""
    yield
    this_task = asyncio.current_task()
    leftover = [task for task in asyncio.all_tasks() if task is not this_task]
    for task in leftover:
        task.cancel()
    # let them finish cancelling
    await asyncio.gather(*leftover, return_exceptions=True)
    if leftover:
        names = ", ".join(sorted(task.get_coro().__qualname__ for task in leftover))
        pytest.fail(
            f"the test left {len(leftover)} task(s) running: {names}", pytrace=False
        )
