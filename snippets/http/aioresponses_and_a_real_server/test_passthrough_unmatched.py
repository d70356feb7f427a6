import pytest
from aioresponses import aioresponses
from yarl import URL

from .weather_app import WEATHER_API, create_app


@pytest.mark.asyncio
async def test_forecast(aiohttp_client, aioresponses_compat):
    client = await aiohttp_client(create_app())
    # Every request that matches no registration is really sent: to our app, and to any URL
    # the test forgot to register.
    with aioresponses(passthrough_unmatched=True) as mocked:
        mocked.get(
            f"{WEATHER_API}/v1/current?city=Paris",
            payload={"temp_c": 21, "sky": "sunny"},
        )

        async with client.get("/forecast/Paris") as response:
            assert await response.json() == {"city": "Paris", "summary": "sunny, 21°C"}

    # Both requests are recorded, the one that went out for real too.
    assert list(mocked.requests) == [
        ("GET", client.make_url("/forecast/Paris")),
        ("GET", URL(f"{WEATHER_API}/v1/current?city=Paris")),
    ]
