import json


class UserService:
    """A service from a widely copied tutorial, reduced: a database pool and a Redis-like cache."""

    def __init__(self, db_pool, redis_client):
        self.db_pool = db_pool
        self.redis_client = redis_client

    async def get_user_with_cache(self, user_id: int) -> dict:
        cache_key = f"user:{user_id}"
        cached_data = await self.redis_client.get(cache_key)
        if cached_data:
            return json.loads(cached_data)

        async with self.db_pool.acquire() as connection:
            user = await connection.fetchrow(
                "SELECT * FROM users WHERE id = $1", user_id
            )
        user_data = dict(user)
        await self.redis_client.set(cache_key, json.dumps(user_data), ex=3600)
        return user_data
