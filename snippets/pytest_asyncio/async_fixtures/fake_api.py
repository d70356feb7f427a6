"""A fake of the API that AuthenticatedAPIClient talks to, served on loopback."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiohttp import web
from aiohttp.test_utils import TestServer

TOKEN = "test-token"
USERS = {
    1: {"id": 1, "name": "Ada Lovelace", "email": "ada@example.com"},
    2: {"id": 2, "name": "John Smith", "email": "john@example.com"},
}


async def login(request: web.Request) -> web.Response:
    if await request.json() != {"username": "testuser", "password": "testpass"}:
        raise web.HTTPUnauthorized()
    return web.json_response({"access_token": TOKEN})


def check_token(request: web.Request) -> None:
    if request.headers.get("Authorization") != f"Bearer {TOKEN}":
        raise web.HTTPUnauthorized()


async def get_user(request: web.Request) -> web.Response:
    check_token(request)
    return web.json_response(USERS[int(request.match_info["user_id"])])


async def search_users(request: web.Request) -> web.Response:
    check_token(request)
    query = request.query["q"].lower()
    return web.json_response(
        [user for user in USERS.values() if query in user["name"].lower()]
    )


@asynccontextmanager
async def serve_fake_api() -> AsyncIterator[str]:
    """Run the fake API on a free port of 127.0.0.1 and give its base URL."""
    app = web.Application()
    app.router.add_post("/auth/login", login)
    app.router.add_get("/users/{user_id}", get_user)
    app.router.add_get("/users", search_users)
    async with TestServer(app, host="127.0.0.1") as server:
        yield str(server.make_url("")).rstrip("/")
