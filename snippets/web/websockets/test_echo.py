import warnings

from starlette.exceptions import StarletteDeprecationWarning

with warnings.catch_warnings():
    # Starlette 1.x asks for the httpx2 package for its TestClient and warns with httpx.
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

from .echo_app import app


def test_echo():
    client = TestClient(app)
    with client.websocket_connect("/ws") as websocket:
        websocket.send_text("hello")
        assert websocket.receive_text() == "Echo: hello"
        websocket.send_text("again")
        assert websocket.receive_text() == "Echo: again"
