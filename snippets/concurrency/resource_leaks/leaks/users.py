import httpx

client = httpx.AsyncClient()  # created once, at import time, and shared by every call


async def fetch_user(base_url: str, user_id: int) -> dict:
    response = await client.get(f"{base_url}/users/{user_id}")
    response.raise_for_status()
    return response.json()
