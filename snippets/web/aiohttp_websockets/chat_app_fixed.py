from aiohttp import WSMsgType, web

ROOM = web.AppKey("room", dict[str, web.WebSocketResponse])  # who is connected, by name


async def broadcast(room: dict[str, web.WebSocketResponse], text: str) -> None:
    for ws in list(room.values()):  # a copy: the room may change while a send waits
        try:
            await ws.send_str(text)
        except (
            ConnectionResetError
        ):  # aiohttp's ClientConnectionResetError: this one is leaving
            pass  # its own handler removes it from the room


async def chat(request: web.Request) -> web.WebSocketResponse:
    name = request.query["name"]
    room = request.app[ROOM]
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    room[name] = ws
    try:
        await broadcast(room, f"{name} joined")
        async for msg in ws:
            if msg.type is WSMsgType.TEXT:
                await broadcast(room, f"{name}: {msg.data}")
    finally:
        del room[name]  # first leave the room, whatever happened...
    await broadcast(room, f"{name} left")  # ...then tell the others
    return ws


def create_app() -> web.Application:
    app = web.Application()
    app[ROOM] = {}
    app.router.add_get("/chat", chat)
    return app
