import httpx
import pytest


async def fetch_rate(client: httpx.AsyncClient, currency: str) -> float:
    response = await client.get(f"https://rates.example.com/latest/{currency}")
    response.raise_for_status()
    return response.json()["rate"]


@pytest.mark.asyncio
async def test_fetch_rate(respx_mock):
    route = respx_mock.get("https://rates.example.com/latest/EUR").mock(
        return_value=httpx.Response(200, json={"rate": 1.08})
    )
    async with httpx.AsyncClient() as client:
        assert await fetch_rate(client, "EUR") == 1.08
    assert route.call_count == 1
