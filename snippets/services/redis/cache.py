import json
from typing import Any

import redis.asyncio as redis


class JsonCache:
    """JSON values in Redis, under a key prefix, each with a time to live."""

    def __init__(self, client: redis.Redis, prefix: str, ttl: int):
        self.client = client
        self.prefix = (
            prefix  # "user:" in production; a prefix of the test's own in tests
        )
        self.ttl = ttl  # seconds

    async def get(self, key: str) -> Any | None:
        value = await self.client.get(self.prefix + key)
        return None if value is None else json.loads(value)

    async def set(self, key: str, value: Any) -> None:
        await self.client.set(self.prefix + key, json.dumps(value), ex=self.ttl)

    async def delete(self, key: str) -> bool:
        return await self.client.delete(self.prefix + key) == 1
