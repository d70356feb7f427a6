import httpx
import pytest
import pytest_asyncio

from .app import app, get_store


class FakeStore:
    """Answers from a dict: no lifespan, no database."""

    def __init__(self, users: dict[int, dict]) -> None:
        self.users = users

    async def get(self, user_id: int) -> dict | None:
        return self.users.get(user_id)


@pytest_asyncio.fixture
async def client():
    fake = FakeStore({1: {"id": 1, "name": "Ada"}})
    app.dependency_overrides[get_store] = lambda: fake
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        yield client
    app.dependency_overrides.clear()  # the app is global: undo the override


@pytest.mark.asyncio
async def test_read_user(client):
    response = await client.get("/users/1")
    assert response.json() == {"id": 1, "name": "Ada"}


@pytest.mark.asyncio
async def test_unknown_user_is_404(client):
    response = await client.get("/users/2")
    assert response.status_code == 404
    assert response.json() == {"detail": "User not found"}
