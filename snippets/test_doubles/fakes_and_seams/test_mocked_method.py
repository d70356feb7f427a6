from unittest.mock import AsyncMock, patch

import pytest

from .broken_weather import WeatherClient


@pytest.fixture
def weather_client():
    return WeatherClient(api_key="test-key")


@pytest.mark.asyncio
async def test_get_forecast_success(weather_client):
    expected = {"temp": 72, "conditions": "sunny"}
    with patch.object(WeatherClient, "get_forecast", AsyncMock(return_value=expected)):
        result = await weather_client.get_forecast("Seattle")

    assert result["temp"] == 72
    assert result["conditions"] == "sunny"


@pytest.mark.asyncio
async def test_get_forecast_city_not_found(weather_client):
    error = ValueError("City not found: InvalidCity")
    with patch.object(WeatherClient, "get_forecast", AsyncMock(side_effect=error)):
        with pytest.raises(ValueError, match="City not found"):
            await weather_client.get_forecast("InvalidCity")


@pytest.mark.asyncio
async def test_get_forecast_api_error(weather_client):
    error = RuntimeError("API error: 500")
    with patch.object(WeatherClient, "get_forecast", AsyncMock(side_effect=error)):
        with pytest.raises(RuntimeError, match="API error"):
            await weather_client.get_forecast("Seattle")
