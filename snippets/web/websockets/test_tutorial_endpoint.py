# --8<-- [start:sample]
import pytest

from .tutorial_app import app


@pytest.fixture
def client():
    from fastapi.testclient import (
        TestClient,  # imported when the test runs: see the mark below
    )

    return TestClient(app)


# Starlette 1.x warns when its TestClient is imported with httpx instead of httpx2 installed.
@pytest.mark.filterwarnings(
    "ignore:Using `httpx` with `starlette.testclient`:starlette.exceptions.StarletteDeprecationWarning"
)
def test_echo(client):
    with client.websocket_connect("/ws") as websocket:
        websocket.send_text("hello")
        assert websocket.receive_text() == "Echo: hello"


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
from starlette.websockets import WebSocketDisconnect  # noqa: E402

pytestmark = pytest.mark.xfail(
    raises=WebSocketDisconnect, strict=True, reason="disconnect not handled"
)
