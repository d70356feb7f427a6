# --8<-- [start:sample]
import asyncio

import pytest

from .task_queue_v2 import AsyncTaskQueue


@pytest.fixture
async def queue():
    """Provide a fresh queue for each test"""
    return AsyncTaskQueue(max_concurrent=3)


async def simple_task(value: str):
    """Simple task for testing"""
    await asyncio.sleep(0.01)
    return value


@pytest.mark.asyncio
async def test_empty_queue(queue):
    """Test processing empty task list"""
    results = await queue.process_all([])
    assert len(results) == 0


@pytest.mark.asyncio
async def test_single_task(queue):
    """Test processing a single task"""
    tasks = [("task1", simple_task, ("result1",), {})]
    results = await queue.process_all(tasks)

    assert len(results) == 1
    assert results[0].succeeded
    assert results[0].result == "result1"


@pytest.mark.asyncio
async def test_concurrency_limit(queue):
    """Test that concurrency limit is enforced"""
    # This test would need task tracking as shown in v2
    pass  # Implementation left as exercise


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=(pytest.fail.Exception, AssertionError),
    strict=True,
    reason="pytest 9 refuses the async fixture; later tests fail inside pytest (pytest#14800)",
)
