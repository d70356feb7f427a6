import aiohttp
import pytest
import pytest_asyncio

from .api_client import UserAPIClient
from .fake_users_api import REQUESTS, Recorded, create_app


@pytest_asyncio.fixture
async def users_api(aiohttp_server):
    return await aiohttp_server(create_app())  # closed by aiohttp_server after the test


@pytest.fixture
def base_url(users_api):
    return str(users_api.make_url(""))


@pytest.mark.asyncio
async def test_fetch_user(base_url):
    client = UserAPIClient(base_url)

    assert await client.fetch_user(2) == {"id": 2, "name": "Bob"}


@pytest.mark.asyncio
async def test_unknown_user_is_a_404(base_url):
    client = UserAPIClient(base_url)

    with pytest.raises(aiohttp.ClientResponseError) as excinfo:
        await client.fetch_user(99)
    assert excinfo.value.status == 404


@pytest.mark.asyncio
async def test_search_sends_the_query(users_api, base_url):
    client = UserAPIClient(base_url)

    assert await client.search_users("ali") == [{"id": 1, "name": "Alice"}]
    [request] = users_api.app[REQUESTS]
    assert request.method == "GET"
    # encoded by aiohttp, decoded by the server
    assert request.path_qs == "/users/search?q=ali"
    assert request.user_agent.startswith("Python/3")  # aiohttp's default User-Agent


@pytest.mark.asyncio
async def test_fetch_multiple_users(users_api, base_url):
    async with aiohttp.ClientSession() as session:  # one session for both requests
        client = UserAPIClient(base_url, session=session)
        users = await client.fetch_multiple_users([1, 2])

    assert [u["name"] for u in users] == ["Alice", "Bob"]
    assert sorted(r.path_qs for r in users_api.app[REQUESTS]) == [
        "/users/1",
        "/users/2",
    ]
    assert all(isinstance(r, Recorded) for r in users_api.app[REQUESTS])
