import httpx
import pytest
import pytest_asyncio
from asgi_lifespan import LifespanManager

from .app import app, lifespan


@pytest_asyncio.fixture
async def client():
    async with LifespanManager(app) as manager:  # startup now, shutdown on exit
        transport = httpx.ASGITransport(app=manager.app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://test"
        ) as client:
            yield client


@pytest.mark.asyncio
async def test_create_then_read_user(client):
    response = await client.post("/users", json={"name": "Ada"})
    assert response.status_code == 201
    assert response.json() == {"id": 1, "name": "Ada"}

    response = await client.get("/users/1")
    assert response.json() == {"id": 1, "name": "Ada"}


@pytest.mark.asyncio
async def test_shutdown_closes_the_store():
    # A lifespan is an async context manager: test its shutdown directly.
    async with lifespan(app) as state:
        assert not state["store"].closed
    assert state["store"].closed
