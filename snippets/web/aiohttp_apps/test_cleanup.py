import pytest

from .app import create_app, store_key


@pytest.mark.asyncio
async def test_cleanup_closes_the_store(aiohttp_client):
    app = create_app()
    client = await aiohttp_client(app)
    store = app[store_key]  # the startup half of note_store has run
    assert not store.closed

    await client.close()  # stops the server: the cleanup half runs

    assert store.closed
