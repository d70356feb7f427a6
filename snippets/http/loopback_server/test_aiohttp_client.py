import pytest

from .fake_users_api import create_app


@pytest.mark.asyncio
async def test_the_fake_itself(aiohttp_client):
    # a TestServer plus a session bound to it
    client = await aiohttp_client(create_app())

    response = await client.get("/users/1")  # paths, not URLs
    assert response.status == 200
    assert await response.json() == {"id": 1, "name": "Alice"}

    response = await client.get("/users/3")
    assert response.status == 404
