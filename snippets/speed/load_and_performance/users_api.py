from aiohttp import web


async def get_user(request: web.Request) -> web.Response:
    user_id = int(request.match_info["user_id"])
    return web.json_response({"id": user_id, "name": f"user {user_id}"})


def create_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/users/{user_id}", get_user)
    return app
