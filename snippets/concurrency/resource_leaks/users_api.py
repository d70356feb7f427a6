import httpx


async def fetch_user(client: httpx.AsyncClient, base_url: str, user_id: int) -> dict:
    response = await client.get(f"{base_url}/users/{user_id}")
    response.raise_for_status()
    return response.json()
