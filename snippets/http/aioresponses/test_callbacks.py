import aiohttp
import pytest
from aioresponses import CallbackResult

API = "https://api.test"


def create_user(url, **kwargs):
    """Answer like the real API would: validate the JSON body, echo it with an id."""
    body = kwargs["json"]
    if "name" not in body:
        return CallbackResult(status=422, payload={"error": "name is required"})
    return CallbackResult(status=201, payload={"id": 7, **body})


@pytest.mark.asyncio
async def test_callback_sees_the_request(mock_aiohttp):
    mock_aiohttp.post(f"{API}/users", callback=create_user, repeat=True)

    async with aiohttp.ClientSession() as session:
        async with session.post(f"{API}/users", json={"name": "Alice"}) as response:
            assert response.status == 201
            assert await response.json() == {"id": 7, "name": "Alice"}
        async with session.post(f"{API}/users", json={}) as response:
            assert response.status == 422


@pytest.mark.asyncio
async def test_async_callback_with_state(mock_aiohttp):
    seen_tokens = []

    async def record(url, **kwargs):
        seen_tokens.append(kwargs["headers"]["Authorization"])
        return CallbackResult(payload={"page": int(url.query["page"])})

    mock_aiohttp.get(f"{API}/users?page=1", callback=record)
    mock_aiohttp.get(f"{API}/users?page=2", callback=record)

    headers = {"Authorization": "Bearer t0ken"}
    async with aiohttp.ClientSession(headers=headers) as session:
        for page in (1, 2):
            async with session.get(f"{API}/users", params={"page": page}) as response:
                assert await response.json() == {"page": page}

    assert seen_tokens == ["Bearer t0ken", "Bearer t0ken"]
