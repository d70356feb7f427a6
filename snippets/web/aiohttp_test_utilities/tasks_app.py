"""A small to-do API: the application the samples on this page test."""

from aiohttp import web

TASKS = web.AppKey("tasks", dict[int, str])
API_TOKEN = web.AppKey("api_token", str)


async def get_task(request: web.Request) -> web.Response:
    if request.headers.get("Authorization") != f"Bearer {request.app[API_TOKEN]}":
        raise web.HTTPUnauthorized(text="missing or wrong token")
    task_id = int(request.match_info["task_id"])
    try:
        title = request.app[TASKS][task_id]
    except KeyError:
        raise web.HTTPNotFound(text=f"no task {task_id}") from None
    return web.json_response({"id": task_id, "title": title})


def create_app(token: str = "s3cret") -> web.Application:
    app = web.Application()
    app[API_TOKEN] = token
    app[TASKS] = {1: "write tests", 2: "run them"}
    app.router.add_get(r"/tasks/{task_id:\d+}", get_task)
    return app
