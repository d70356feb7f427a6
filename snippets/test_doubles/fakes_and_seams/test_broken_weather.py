# --8<-- [start:sample]
import pytest

from .broken_weather import WeatherClient
from .fake_weather_api import API_KEY, make_app


@pytest.mark.asyncio
async def test_get_forecast_city_not_found(aiohttp_server):
    server = await aiohttp_server(
        make_app({"Seattle": {"temp": 72, "conditions": "sunny"}})
    )
    client = WeatherClient(api_key=API_KEY)
    # the only way in: overwrite an attribute
    client.base_url = str(server.make_url(""))

    with pytest.raises(ValueError, match="City not found"):
        await client.get_forecast("Atlantis")


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=pytest.fail.Exception, strict=True, reason="no status check"
)
