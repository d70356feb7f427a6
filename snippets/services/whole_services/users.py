import json

import aiohttp


class UserService:
    """Users in PostgreSQL, behind a Redis cache; a notification API hears about new users."""

    def __init__(
        self,
        db_pool,
        redis_client,
        http_client: aiohttp.ClientSession,
        *,
        cache_prefix: str = "user:",
        cache_ttl: int = 3600,
    ):
        self.db_pool = db_pool
        self.redis_client = redis_client
        self.http_client = http_client  # its base_url is the notification API's
        self.cache_prefix = cache_prefix
        self.cache_ttl = cache_ttl

    async def create_user_with_cache(self, user_data: dict) -> dict:
        async with self.db_pool.acquire() as connection:
            user_id = await connection.fetchval(
                "INSERT INTO users (username, email) VALUES ($1, $2) RETURNING id",
                user_data["username"],
                user_data["email"],
            )
        user = {**user_data, "id": user_id}  # the caller's dict stays as it was
        await self.redis_client.set(
            self._key(user_id), json.dumps(user), ex=self.cache_ttl
        )
        notification = {"event": "user_created", "user_id": user_id}
        async with self.http_client.post(
            "/notifications", json=notification
        ) as response:
            response.raise_for_status()
        return user

    async def get_user_with_cache(self, user_id: int) -> dict | None:
        cached_data = await self.redis_client.get(self._key(user_id))
        if cached_data is not None:
            return json.loads(cached_data)

        async with self.db_pool.acquire() as connection:
            row = await connection.fetchrow(
                "SELECT id, username, email FROM users WHERE id = $1", user_id
            )
        if row is None:
            return None
        user = dict(row)
        await self.redis_client.set(
            self._key(user_id), json.dumps(user), ex=self.cache_ttl
        )
        return user

    def _key(self, user_id: int) -> str:
        return f"{self.cache_prefix}{user_id}"
