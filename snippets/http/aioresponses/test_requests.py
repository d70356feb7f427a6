import aiohttp
import pytest
from yarl import URL

API = "https://api.test"


@pytest.mark.asyncio
async def test_inspect_every_request(mock_aiohttp):
    mock_aiohttp.post(f"{API}/users", payload={}, repeat=True)
    mock_aiohttp.get(f"{API}/users?page=2", payload=[])

    async with aiohttp.ClientSession() as session:
        (await session.post(f"{API}/users", json={"name": "Alice"})).release()
        (await session.post(f"{API}/users", json={"name": "Bob"})).release()
        (await session.get(f"{API}/users", params={"page": 2})).release()

    # Keys are (METHOD, yarl.URL); the query parameters are part of the URL.
    assert list(mock_aiohttp.requests) == [
        ("POST", URL(f"{API}/users")),
        ("GET", URL(f"{API}/users?page=2")),
    ]
    posts = mock_aiohttp.requests[("POST", URL(f"{API}/users"))]
    assert [call.kwargs["json"] for call in posts] == [
        {"name": "Alice"},
        {"name": "Bob"},
    ]


@pytest.mark.asyncio
async def test_assert_only_some_arguments(mock_aiohttp):
    mock_aiohttp.post(f"{API}/users", payload={})

    async with aiohttp.ClientSession() as session:
        timeout = aiohttp.ClientTimeout(total=5)
        (
            await session.post(f"{API}/users", json={"name": "Alice"}, timeout=timeout)
        ).release()

    mock_aiohttp.assert_called_once_with(
        f"{API}/users", method="POST", args_to_match=["json"], json={"name": "Alice"}
    )
