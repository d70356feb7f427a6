import aiohttp
import pytest


@pytest.mark.asyncio
async def test_fetch_user(authenticated_client):  # from conftest.py: no import needed
    user = await authenticated_client.fetch_user(1)
    assert user["id"] == 1


@pytest.mark.asyncio
async def test_users_need_a_token(
    api_base_url,
):  # the fake refuses what the real API refuses
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{api_base_url}/users/1") as response:
            assert response.status == 401
