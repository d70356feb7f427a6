import httpx
import pytest
from fastapi import FastAPI

app = FastAPI()


@app.get("/greeting")
async def greeting() -> dict[str, str]:
    return {"message": "Hello, Ada!"}


@pytest.mark.asyncio
async def test_greeting():
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.get("/greeting")
    assert response.json() == {"message": "Hello, Ada!"}
