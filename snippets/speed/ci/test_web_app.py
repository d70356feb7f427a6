from fastapi.testclient import TestClient

from .app import app


def test_health():
    with TestClient(app) as client:
        assert client.get("/health").json() == {"status": "ok"}
