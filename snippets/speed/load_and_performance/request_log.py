import asyncio
from collections import deque


class ListRequestLog:
    """Keeps the last `size` request bodies, for debugging. (It never drops the old ones.)"""

    def __init__(self, size: int = 100) -> None:
        self.size = size
        self.recent: list[bytes] = []

    async def record(self, body: bytes) -> None:
        await asyncio.sleep(0)  # stands for the real work: a write to a log service
        self.recent.append(body)


class RequestLog:
    """Keeps the last `size` request bodies, for debugging: a deque drops the oldest one."""

    def __init__(self, size: int = 100) -> None:
        self.recent: deque[bytes] = deque(maxlen=size)

    async def record(self, body: bytes) -> None:
        await asyncio.sleep(0)
        self.recent.append(body)
