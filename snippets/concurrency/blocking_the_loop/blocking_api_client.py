import time

import aiohttp


def enrich(user: dict) -> dict:
    """Slow, synchronous work: a blocking SDK call, a big file, a C library."""
    time.sleep(0.001)  # stands in for that work (kept short: see below)
    return {**user, "processed": True}


class BlockingAPIClient:
    """API client with a blocking operation"""

    def __init__(self, base_url: str):
        self.base_url = base_url

    async def fetch_user_with_processing(self, user_id: int) -> dict:
        """Fetches user and does expensive processing"""
        async with aiohttp.ClientSession() as session:
            async with session.get(f"{self.base_url}/users/{user_id}") as response:
                response.raise_for_status()
                user = await response.json()

        return enrich(user)  # BAD: runs in the event loop's thread, and blocks it
