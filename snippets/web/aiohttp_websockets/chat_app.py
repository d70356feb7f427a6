from aiohttp import WSMsgType, web

ROOM = web.AppKey("room", dict[str, web.WebSocketResponse])  # who is connected, by name


async def broadcast(room: dict[str, web.WebSocketResponse], text: str) -> None:
    for ws in room.values():
        await ws.send_str(text)


async def chat(request: web.Request) -> web.WebSocketResponse:
    name = request.query["name"]
    room = request.app[ROOM]
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    room[name] = ws
    await broadcast(room, f"{name} joined")
    async for msg in ws:
        if msg.type is WSMsgType.TEXT:
            await broadcast(room, f"{name}: {msg.data}")
    await broadcast(room, f"{name} left")
    del room[name]
    return ws


def create_app() -> web.Application:
    app = web.Application()
    app[ROOM] = {}
    app.router.add_get("/chat", chat)
    return app
