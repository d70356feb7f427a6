import asyncio
import gc

import pytest


@pytest.mark.asyncio
async def test_async_memory_usage():
    """Test memory usage of async operations."""
    # Memory usage before
    gc.collect()
    initial_objects = len(gc.get_objects())

    # Create many async tasks
    async def memory_intensive_task():
        data = list(range(1000))  # Allocate memory
        await asyncio.sleep(0.01)
        return len(data)

    tasks = [memory_intensive_task() for _ in range(100)]
    results = await asyncio.gather(*tasks)

    # Verify results
    assert len(results) == 100
    assert all(r == 1000 for r in results)

    # Force garbage collection
    del tasks, results
    gc.collect()

    # Memory usage after cleanup
    final_objects = len(gc.get_objects())

    # Should not have significant memory leak (allow some tolerance)
    assert final_objects - initial_objects < 1000
