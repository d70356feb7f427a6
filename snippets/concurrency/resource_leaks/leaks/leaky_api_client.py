import aiohttp


class LeakyAPIClient:
    """API client that leaks resources"""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.session = None

    async def connect(self):
        """Create session"""
        self.session = aiohttp.ClientSession()

    async def fetch_user(self, user_id: int):
        """Fetch user (assumes session exists)"""
        if not self.session:
            raise RuntimeError("Client not connected")

        async with self.session.get(f"{self.base_url}/users/{user_id}") as response:
            return await response.json()

    # Missing: async def close() method!
