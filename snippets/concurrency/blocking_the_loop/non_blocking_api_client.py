import asyncio
import time

import aiohttp


def enrich(user: dict) -> dict:
    """Slow, synchronous work: a blocking SDK call, a big file, a C library."""
    time.sleep(0.001)  # stands in for that work
    return {**user, "processed": True}


class NonBlockingAPIClient:
    """API client that keeps slow, synchronous work off the event loop"""

    def __init__(self, base_url: str):
        self.base_url = base_url

    async def fetch_user_with_processing(self, user_id: int) -> dict:
        async with aiohttp.ClientSession() as session:
            async with session.get(f"{self.base_url}/users/{user_id}") as response:
                response.raise_for_status()
                user = await response.json()

        # GOOD: the work runs in a worker thread; the loop serves other tasks meanwhile
        return await asyncio.to_thread(enrich, user)
