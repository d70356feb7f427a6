from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Request
from pydantic import BaseModel


class UserStore:
    """Stands in for a database pool: opened at startup, closed at shutdown."""

    def __init__(self) -> None:
        self.users: dict[int, dict] = {}
        self.closed = False

    async def add(self, name: str) -> dict:
        user = {"id": len(self.users) + 1, "name": name}
        self.users[user["id"]] = user
        return user

    async def get(self, user_id: int) -> dict | None:
        return self.users.get(user_id)

    async def close(self) -> None:
        self.closed = True


@asynccontextmanager
async def lifespan(app: FastAPI):
    store = UserStore()  # startup
    yield {
        "store": store
    }  # lifespan state: every request sees it as request.state.store
    await store.close()  # shutdown


app = FastAPI(lifespan=lifespan)


async def get_store(request: Request) -> UserStore:
    return request.state.store


Store = Annotated[UserStore, Depends(get_store)]


class NewUser(BaseModel):
    name: str


@app.get("/health")
async def health() -> dict:
    return {"status": "ok"}


@app.post("/users", status_code=201)
async def create_user(new_user: NewUser, store: Store) -> dict:
    return await store.add(new_user.name)


@app.get("/users/{user_id}")
async def read_user(user_id: int, store: Store) -> dict:
    user = await store.get(user_id)
    if user is None:
        raise HTTPException(status_code=404, detail="User not found")
    return user
