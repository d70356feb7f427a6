"""A fake of the third-party users API: a real aiohttp application, served on loopback."""

import asyncio
from typing import NamedTuple

from aiohttp import web


class Recorded(NamedTuple):
    method: str
    path_qs: str  # path and query string, e.g. /users/search?q=ali
    user_agent: str


USERS = {1: {"id": 1, "name": "Alice"}, 2: {"id": 2, "name": "Bob"}}
REQUESTS = web.AppKey("requests", list[Recorded])
DELAY = web.AppKey("delay", float)


@web.middleware
async def record(request: web.Request, handler):
    request.app[REQUESTS].append(
        Recorded(request.method, request.path_qs, request.headers.get("User-Agent", ""))
    )
    return await handler(request)


async def get_user(request: web.Request) -> web.Response:
    # a slow upstream, when the test asks for one
    await asyncio.sleep(request.app[DELAY])
    user = USERS.get(int(request.match_info["user_id"]))
    if user is None:
        return web.json_response({"error": "user not found"}, status=404)
    return web.json_response(user)


async def search_users(request: web.Request) -> web.Response:
    query = request.query["q"].lower()
    return web.json_response([u for u in USERS.values() if query in u["name"].lower()])


def create_app(delay: float = 0) -> web.Application:
    app = web.Application(middlewares=[record])
    app[REQUESTS] = []
    app[DELAY] = delay
    app.router.add_get("/users/search", search_users)
    app.router.add_get(r"/users/{user_id:\d+}", get_user)
    return app
