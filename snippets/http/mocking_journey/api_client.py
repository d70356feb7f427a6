import asyncio

import aiohttp


class UserAPIClient:
    """Async client for a users API at `base_url`."""

    def __init__(
        self,
        base_url: str,
        session: aiohttp.ClientSession | None = None,
        timeout: float = 10,
    ) -> None:
        self.base_url = base_url
        self.session = session  # None: open a new session for each call
        self.timeout = aiohttp.ClientTimeout(total=timeout)

    async def fetch_user(self, user_id: int) -> dict:
        return await self._get_json(f"/users/{user_id}")

    async def fetch_multiple_users(self, user_ids: list[int]) -> list[dict]:
        return await asyncio.gather(*(self.fetch_user(i) for i in user_ids))

    async def search_users(self, query: str) -> list[dict]:
        return await self._get_json("/users/search", params={"q": query})

    async def _get_json(self, path: str, params: dict | None = None):
        if self.session is not None:
            return await self._request(self.session, path, params)
        async with aiohttp.ClientSession() as session:
            return await self._request(session, path, params)

    async def _request(
        self, session: aiohttp.ClientSession, path: str, params: dict | None
    ):
        url = f"{self.base_url}{path}"
        async with session.get(url, params=params, timeout=self.timeout) as response:
            response.raise_for_status()
            return await response.json()
