import pytest
from aioresponses import aioresponses
from yarl import URL

from .weather_app import WEATHER_API, create_app


@pytest.fixture
def weather_api(
    aioresponses_compat,
):  # aioresponses_compat: the aiohttp 3.14 shim (conftest.py)
    # Requests to URLs that start with a passthrough prefix are really sent: here, to the test
    # server on 127.0.0.1 (any port). aioresponses answers everything else, or refuses it.
    with aioresponses(passthrough=["http://127.0.0.1"]) as mocked:
        yield mocked


@pytest.mark.asyncio
async def test_forecast(aiohttp_client, weather_api):
    weather_api.get(
        f"{WEATHER_API}/v1/current?city=Paris", payload={"temp_c": 21, "sky": "sunny"}
    )
    client = await aiohttp_client(create_app())

    async with client.get("/forecast/Paris") as response:
        assert response.status == 200
        assert await response.json() == {"city": "Paris", "summary": "sunny, 21°C"}

    # Only the mocked request is recorded: passthrough requests are not.
    assert list(weather_api.requests) == [
        ("GET", URL(f"{WEATHER_API}/v1/current?city=Paris"))
    ]


@pytest.mark.asyncio
async def test_unknown_city(aiohttp_client, weather_api):
    weather_api.get(f"{WEATHER_API}/v1/current?city=Atlantis", status=404)
    client = await aiohttp_client(create_app())

    async with client.get("/forecast/Atlantis") as response:
        assert response.status == 404
        assert await response.text() == "unknown city: Atlantis"
