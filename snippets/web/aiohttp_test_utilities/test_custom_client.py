import pytest
from aiohttp.test_utils import TestClient

from .tasks_app import create_app


class TasksClient(TestClient):
    """The test client, plus the API's vocabulary: tests say what they do, not how."""

    async def task(self, task_id: int) -> dict:
        async with self.get(f"/tasks/{task_id}") as response:
            assert response.status == 200, await response.text()
            return await response.json()


@pytest.fixture
def aiohttp_client_cls():
    return (
        TasksClient  # aiohttp_client now builds TasksClient instances (in this module)
    )


@pytest.mark.asyncio
async def test_task(aiohttp_client):
    # Extra keyword arguments go to the client's ClientSession: here, default headers.
    client = await aiohttp_client(
        create_app(), headers={"Authorization": "Bearer s3cret"}
    )

    assert await client.task(2) == {"id": 2, "title": "run them"}


@pytest.mark.asyncio
async def test_helper_reports_the_body(aiohttp_client):
    client = await aiohttp_client(create_app())  # no token this time

    with pytest.raises(AssertionError, match="missing or wrong token"):
        await client.task(2)
