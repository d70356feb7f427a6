"""A fake of the users API: a real aiohttp application, which the tests serve on loopback."""

from aiohttp import web

USERS = {1: {"id": 1, "name": "Alice"}, 2: {"id": 2, "name": "Bob"}}


async def get_user(request: web.Request) -> web.Response:
    user = USERS.get(int(request.match_info["user_id"]))
    if user is None:
        return web.json_response({"error": "user not found"}, status=404)
    return web.json_response(user)


def create_app() -> web.Application:
    app = web.Application()
    app.router.add_get(r"/users/{user_id:\d+}", get_user)
    return app
