import aiohttp


class ProperAPIClient:
    """API client with proper resource management"""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.session: aiohttp.ClientSession | None = None

    async def connect(self):
        """Create the session (once: a second call keeps the open one)"""
        if self.session is None:
            self.session = aiohttp.ClientSession()

    async def fetch_user(self, user_id: int):
        """Fetch user"""
        if not self.session:
            raise RuntimeError("Client not connected")

        async with self.session.get(f"{self.base_url}/users/{user_id}") as response:
            response.raise_for_status()
            return await response.json()

    async def close(self):
        """Clean up session"""
        if self.session:
            await self.session.close()
            self.session = None

    async def __aenter__(self):
        """Support async context manager"""
        await self.connect()
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        """Ensure cleanup on context exit"""
        await self.close()
