from collections.abc import AsyncIterator

from aiohttp import web


class NoteStore:
    """Stands in for a database pool: opened at startup, closed at cleanup."""

    def __init__(self) -> None:
        self.notes: dict[int, str] = {}
        self.closed = False

    async def add(self, text: str) -> int:
        note_id = len(self.notes) + 1
        self.notes[note_id] = text
        return note_id

    async def close(self) -> None:
        self.closed = True


# a typed key: app[store_key] is a NoteStore
store_key = web.AppKey("store_key", NoteStore)


async def note_store(app: web.Application) -> AsyncIterator[None]:
    app[store_key] = store = NoteStore()  # startup: before the first request
    yield
    await store.close()  # cleanup: when the app shuts down


async def create_note(request: web.Request) -> web.Response:
    body = await request.json()
    if not isinstance(body, dict) or not isinstance(body.get("text"), str):
        raise web.HTTPBadRequest(text="expected a JSON object with a 'text' string")
    note_id = await request.app[store_key].add(body["text"])
    return web.json_response({"id": note_id, "text": body["text"]}, status=201)


async def read_note(request: web.Request) -> web.Response:
    note_id = int(request.match_info["note_id"])
    text = request.app[store_key].notes.get(note_id)
    if text is None:
        raise web.HTTPNotFound(text=f"no note {note_id}")
    return web.json_response({"id": note_id, "text": text})


def create_app() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(note_store)
    app.router.add_post("/notes", create_note)
    app.router.add_get(r"/notes/{note_id:\d+}", read_note)
    return app
