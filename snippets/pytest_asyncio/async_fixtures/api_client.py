import aiohttp


class AuthenticatedAPIClient:
    """API client that requires async authentication."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.token: str | None = None
        self.session: aiohttp.ClientSession | None = None

    async def authenticate(self, username: str, password: str) -> None:
        """Log in and keep the access token."""
        self.session = aiohttp.ClientSession(raise_for_status=True)
        async with self.session.post(
            f"{self.base_url}/auth/login",
            json={"username": username, "password": password},
        ) as response:
            data = await response.json()
        self.token = data["access_token"]

    async def fetch_user(self, user_id: int) -> dict:
        if not self.token:
            raise ValueError("Client not authenticated")
        async with self.session.get(
            f"{self.base_url}/users/{user_id}",
            headers={"Authorization": f"Bearer {self.token}"},
        ) as response:
            return await response.json()

    async def search_users(self, query: str) -> list[dict]:
        async with self.session.get(
            f"{self.base_url}/users",
            params={"q": query},
            headers={"Authorization": f"Bearer {self.token}"},
        ) as response:
            return await response.json()

    async def close(self) -> None:
        if self.session:
            await self.session.close()
