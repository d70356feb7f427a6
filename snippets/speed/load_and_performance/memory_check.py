import gc
import tracemalloc
from collections.abc import Awaitable, Callable


async def memory_growth(
    operation: Callable[[], Awaitable[object]], calls: int = 1000
) -> int:
    """Bytes that stay allocated per call of `operation`, measured after a warm-up.

    The warm-up (the same number of calls) fills what legitimately grows at first: caches,
    buffers up to their limit, lazily imported modules. After it, code that does not leak keeps
    allocated memory flat, whatever the machine, the load or the Python build.
    """
    started_here = not tracemalloc.is_tracing()
    if started_here:
        tracemalloc.start()
    try:
        for _ in range(calls):
            await operation()
        gc.collect()
        before, _ = tracemalloc.get_traced_memory()
        for _ in range(calls):
            await operation()
        gc.collect()
        after, _ = tracemalloc.get_traced_memory()
    finally:
        if started_here:
            tracemalloc.stop()
    return round((after - before) / calls)
