# --8<-- [start:sample]
import pytest

from .weather_app import WEATHER_API, create_app


@pytest.mark.asyncio
# mock_aiohttp: aioresponses() (conftest.py)
async def test_forecast(aiohttp_client, mock_aiohttp):
    mock_aiohttp.get(
        f"{WEATHER_API}/v1/current?city=Paris", payload={"temp_c": 21, "sky": "sunny"}
    )
    # our app, on a real server on 127.0.0.1
    client = await aiohttp_client(create_app())

    await client.get("/forecast/Paris")


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
import aiohttp  # noqa: E402

pytestmark = pytest.mark.xfail(
    raises=aiohttp.ClientConnectionError,
    strict=True,
    reason="aioresponses also intercepts the test client's request",
)
