import pytest

from .app import create_app


@pytest.mark.asyncio
async def test_create_then_read(aiohttp_client):
    # a real server on 127.0.0.1, any free port
    client = await aiohttp_client(create_app())

    response = await client.post("/notes", json={"text": "buy milk"})
    assert response.status == 201
    assert await response.json() == {"id": 1, "text": "buy milk"}

    response = await client.get("/notes/1")
    assert await response.json() == {"id": 1, "text": "buy milk"}
