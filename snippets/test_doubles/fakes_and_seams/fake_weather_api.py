from aiohttp import web

API_KEY = "test-key"
FORECASTS = web.AppKey("forecasts", dict)


async def forecast(request: web.Request) -> web.Response:
    if request.query.get("key") != API_KEY:
        return web.json_response({"error": "invalid API key"}, status=401)
    city = request.query.get("city")
    if city not in request.app[FORECASTS]:
        return web.json_response({"error": "unknown city"}, status=404)
    return web.json_response(request.app[FORECASTS][city])


def make_app(forecasts: dict) -> web.Application:
    """A fake of the weather API: the same URL, parameters and status codes, fixed data."""
    app = web.Application()
    app[FORECASTS] = forecasts
    app.router.add_get("/forecast", forecast)
    return app
