import aiohttp
import pytest

API = "https://api.test"


@pytest.mark.asyncio
async def test_payload_status_and_headers(mock_aiohttp):
    mock_aiohttp.get(
        f"{API}/users/1",
        payload={"id": 1, "name": "Alice"},  # serialised to JSON
        headers={"X-RateLimit-Remaining": "41"},
    )

    async with aiohttp.ClientSession() as session:
        async with session.get(f"{API}/users/1") as response:
            assert response.status == 200
            assert response.headers["Content-Type"] == "application/json"  # the default
            assert response.headers["X-RateLimit-Remaining"] == "41"
            assert await response.json() == {"id": 1, "name": "Alice"}


@pytest.mark.asyncio
async def test_body_and_content_type(mock_aiohttp):
    mock_aiohttp.get(f"{API}/health", body="ok", content_type="text/plain")

    async with aiohttp.ClientSession() as session:
        async with session.get(f"{API}/health") as response:
            assert await response.text() == "ok"


@pytest.mark.asyncio
async def test_error_status(mock_aiohttp):
    mock_aiohttp.get(f"{API}/users/999", status=404, payload={"error": "not found"})

    async with aiohttp.ClientSession() as session:
        async with session.get(f"{API}/users/999") as response:
            assert response.status == 404
            assert response.reason == "Not Found"  # filled in from the status
            with pytest.raises(aiohttp.ClientResponseError) as excinfo:
                response.raise_for_status()

    assert excinfo.value.status == 404


@pytest.mark.asyncio
async def test_session_raise_for_status(mock_aiohttp):
    mock_aiohttp.get(f"{API}/users/1", status=503)

    async with aiohttp.ClientSession(raise_for_status=True) as session:
        with pytest.raises(aiohttp.ClientResponseError, match="503"):
            await session.get(f"{API}/users/1")
