import json
from typing import Any, Dict


class AsyncTestService:
    """As published, reduced to one method, with `set(..., ex=...)` for the deprecated `setex`."""

    def __init__(self, db_pool, redis_client, http_client):
        self.db_pool = db_pool
        self.redis_client = redis_client
        self.http_client = http_client

    async def get_user_with_cache(self, user_id: int) -> Dict[str, Any]:
        """Get user with caching"""
        cache_key = f"user:{user_id}"

        # Try cache first
        cached_data = await self.redis_client.get(cache_key)
        if cached_data:
            return json.loads(cached_data)

        # Fetch from database
        async with self.db_pool.acquire() as connection:
            user = await connection.fetchrow(
                "SELECT * FROM users WHERE id = $1", user_id
            )

        if user:
            user_data = dict(user)
            # Save to cache
            await self.redis_client.set(cache_key, json.dumps(user_data), ex=3600)
            return user_data

        return None
