import aiohttp


class WeatherClient:
    def __init__(self, api_key: str):
        self.api_key = api_key
        self.base_url = "https://api.weather.com"

    async def get_forecast(self, city: str) -> dict:
        async with aiohttp.ClientSession() as session:
            url = f"{self.base_url}/forecast"
            params = {"city": city, "key": self.api_key}
            async with session.get(url, params=params) as resp:
                # bug: the status checks were lost in a refactoring
                return await resp.json()
