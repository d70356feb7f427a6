import pytest

from .app import create_app


@pytest.mark.asyncio
async def test_unknown_note_is_404(aiohttp_client):
    client = await aiohttp_client(create_app())
    response = await client.get("/notes/42")
    assert response.status == 404
    assert await response.text() == "no note 42"


@pytest.mark.asyncio
async def test_missing_text_is_400(aiohttp_client):
    client = await aiohttp_client(create_app())
    response = await client.post("/notes", json={"title": "no text"})
    assert response.status == 400
    assert "'text'" in await response.text()


@pytest.mark.asyncio
async def test_non_numeric_id_matches_no_route(aiohttp_client):
    client = await aiohttp_client(create_app())
    response = await client.get("/notes/abc")
    assert response.status == 404
    assert await response.text() == "404: Not Found"
