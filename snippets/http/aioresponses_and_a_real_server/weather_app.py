"""Our service: it answers /forecast/<city> by asking a third-party weather API."""

import aiohttp
from aiohttp import web

WEATHER_API = "https://api.weather.test"  # someone else's service: mocked in tests
SESSION = web.AppKey("session", aiohttp.ClientSession)


async def client_session(app: web.Application):
    async with aiohttp.ClientSession() as session:  # one session for the app's lifetime
        app[SESSION] = session
        yield


async def forecast(request: web.Request) -> web.Response:
    city = request.match_info["city"]
    url = f"{WEATHER_API}/v1/current"
    async with request.app[SESSION].get(url, params={"city": city}) as upstream:
        if upstream.status == 404:
            raise web.HTTPNotFound(text=f"unknown city: {city}")
        upstream.raise_for_status()
        weather = await upstream.json()
    return web.json_response(
        {"city": city, "summary": f"{weather['sky']}, {weather['temp_c']}°C"}
    )


def create_app() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(client_session)
    app.router.add_get("/forecast/{city}", forecast)
    return app
