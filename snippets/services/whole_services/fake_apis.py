"""The third-party APIs the services call, faked: one real aiohttp application, served on loopback."""

from decimal import Decimal

from aiohttp import web

NOTIFICATIONS = web.AppKey("notifications", list[dict])
CHARGES = web.AppKey("charges", list[dict])
EMAILS = web.AppKey("emails", list[dict])
BROKEN = web.AppKey("broken", set[str])  # paths that answer 503 Service Unavailable
CHARGE_LIMIT = Decimal("1000.00")  # the fake payment provider declines larger charges


@web.middleware
async def fail_when_broken(request: web.Request, handler):
    if request.path in request.app[BROKEN]:
        return web.json_response({"error": "unavailable"}, status=503)
    return await handler(request)


async def notify(request: web.Request) -> web.Response:
    request.app[NOTIFICATIONS].append(await request.json())
    return web.json_response({"accepted": True}, status=202)


async def charge(request: web.Request) -> web.Response:
    body = await request.json()
    request.app[CHARGES].append(body)
    if Decimal(body["amount"]) > CHARGE_LIMIT:
        return web.json_response({"success": False, "transaction_id": ""})
    return web.json_response(
        {"success": True, "transaction_id": f"txn_{len(request.app[CHARGES])}"}
    )


async def send_email(request: web.Request) -> web.Response:
    request.app[EMAILS].append(await request.json())
    return web.json_response({"queued": True}, status=202)


def create_app() -> web.Application:
    app = web.Application(middlewares=[fail_when_broken])
    app[NOTIFICATIONS], app[CHARGES], app[EMAILS], app[BROKEN] = [], [], [], set()
    app.router.add_post("/notifications", notify)
    app.router.add_post("/charges", charge)
    app.router.add_post("/emails", send_email)
    return app
