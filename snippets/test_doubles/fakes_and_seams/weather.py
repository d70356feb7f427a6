import aiohttp


class WeatherClient:
    def __init__(self, session: aiohttp.ClientSession, api_key: str):
        self.session = (
            session  # its base_url says which server: the real API or a test server
        )
        self.api_key = api_key

    async def get_forecast(self, city: str) -> dict:
        params = {"city": city, "key": self.api_key}
        async with self.session.get("/forecast", params=params) as resp:
            if resp.status == 200:
                return await resp.json()
            elif resp.status == 404:
                raise ValueError(f"City not found: {city}")
            else:
                raise RuntimeError(f"API error: {resp.status}")
