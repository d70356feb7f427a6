import asyncio


class RacyCounter:
    """Counter with a race condition"""

    def __init__(self):
        self.count = 0

    async def increment(self):
        """Increment counter (not atomic!)"""
        current = self.count
        await asyncio.sleep(0.001)  # Simulates async operation
        self.count = current + 1
