import aiohttp
import pytest

from .api_client import UserAPIClient


@pytest.mark.asyncio
async def test_fetch_user(mock_aiohttp):
    mock_aiohttp.get("https://api.test/users/1", payload={"id": 1, "name": "Alice"})

    client = UserAPIClient("https://api.test")

    assert await client.fetch_user(1) == {"id": 1, "name": "Alice"}


@pytest.mark.asyncio
async def test_fetch_multiple_users(mock_aiohttp):
    for user_id, name in [(1, "Alice"), (2, "Bob"), (3, "Charlie")]:
        mock_aiohttp.get(
            f"https://api.test/users/{user_id}", payload={"id": user_id, "name": name}
        )

    async with (
        aiohttp.ClientSession() as session
    ):  # an injected, real session works too
        client = UserAPIClient("https://api.test", session=session)
        users = await client.fetch_multiple_users([1, 2, 3])

    assert [user["name"] for user in users] == ["Alice", "Bob", "Charlie"]


@pytest.mark.asyncio
async def test_search_users(mock_aiohttp):
    mock_aiohttp.get(
        "https://api.test/users/search?q=alice",
        payload=[{"id": 1, "name": "Alice"}, {"id": 2, "name": "Alice Smith"}],
    )

    client = UserAPIClient("https://api.test")

    assert len(await client.search_users("alice")) == 2


@pytest.mark.asyncio
async def test_fetch_user_not_found(mock_aiohttp):
    mock_aiohttp.get(
        "https://api.test/users/999", status=404, payload={"error": "not found"}
    )

    client = UserAPIClient("https://api.test")

    with pytest.raises(aiohttp.ClientResponseError) as excinfo:
        await client.fetch_user(999)
    assert excinfo.value.status == 404
