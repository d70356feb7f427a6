import aiohttp
import pytest
import pytest_asyncio

from .fake_weather_api import API_KEY, make_app
from .weather import WeatherClient


@pytest_asyncio.fixture
async def session(aiohttp_server):
    # A real HTTP server on 127.0.0.1 (a free port), serving the fake API.
    server = await aiohttp_server(
        make_app({"Seattle": {"temp": 72, "conditions": "sunny"}})
    )
    async with aiohttp.ClientSession(base_url=server.make_url("/")) as session:
        yield session


@pytest.mark.asyncio
async def test_get_forecast_success(session):
    client = WeatherClient(session, api_key=API_KEY)
    assert await client.get_forecast("Seattle") == {"temp": 72, "conditions": "sunny"}


@pytest.mark.asyncio
async def test_get_forecast_city_not_found(session):
    client = WeatherClient(session, api_key=API_KEY)
    with pytest.raises(ValueError, match="City not found: Atlantis"):
        await client.get_forecast("Atlantis")


@pytest.mark.asyncio
async def test_get_forecast_api_error(session):
    client = WeatherClient(session, api_key="wrong-key")
    with pytest.raises(RuntimeError, match="API error: 401"):
        await client.get_forecast("Seattle")
