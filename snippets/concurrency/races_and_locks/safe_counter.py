import asyncio


class SafeCounter:
    """Counter with proper synchronization"""

    def __init__(self):
        self.count = 0
        self.lock = asyncio.Lock()

    async def increment(self):
        """Atomically increment counter"""
        async with self.lock:
            current = self.count
            await asyncio.sleep(0.001)
            self.count = current + 1
