from aiohttp import WSCloseCode, WSMsgType, web

# how each /echo connection ended
CLOSE_CODES = web.AppKey("close_codes", list[int | None])


async def echo(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse()
    # the handshake: from here on, this request is a WebSocket
    await ws.prepare(request)
    async for msg in ws:  # ends when the connection closes, whoever closes it
        if msg.type is WSMsgType.TEXT:
            if msg.data == "bye":
                await ws.close(message=b"see you")  # the server ends the conversation
            else:
                await ws.send_str(f"echo: {msg.data}")
    request.app[CLOSE_CODES].append(ws.close_code)
    return ws


async def total(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    async for msg in ws:
        try:
            numbers = msg.json()["numbers"]
        except (ValueError, KeyError):
            await ws.close(
                code=WSCloseCode.UNSUPPORTED_DATA, message=b"expected JSON with numbers"
            )
        else:
            await ws.send_json({"total": sum(numbers)})
    return ws


def create_app() -> web.Application:
    app = web.Application()
    app[CLOSE_CODES] = []
    app.router.add_get("/echo", echo)
    app.router.add_get("/total", total)
    return app
