import gc

import pytest

from .request_log import ListRequestLog


@pytest.mark.asyncio
async def test_request_log_memory_usage():
    log = ListRequestLog(size=100)
    gc.collect()
    initial_objects = len(gc.get_objects())

    for _ in range(1000):
        await log.record(bytes(1000))

    gc.collect()
    final_objects = len(gc.get_objects())
    print(f"\nobjects: {final_objects - initial_objects:+d}")
    print(f"bodies kept: {len(log.recent)}, {sum(map(len, log.recent))} bytes")
    # passes: bytes objects are not counted
    assert final_objects - initial_objects < 1000
