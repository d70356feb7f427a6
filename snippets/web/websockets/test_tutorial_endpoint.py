# --8<-- [start:sample]
import warnings

import pytest
from starlette.exceptions import StarletteDeprecationWarning

with warnings.catch_warnings():
    # Starlette 1.x asks for the httpx2 package for its TestClient and warns with httpx.
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

from .tutorial_app import app


def test_echo():
    client = TestClient(app)
    with client.websocket_connect("/ws") as websocket:
        websocket.send_text("hello")
        assert websocket.receive_text() == "Echo: hello"
# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
from starlette.websockets import WebSocketDisconnect  # noqa: E402

pytestmark = pytest.mark.xfail(
    raises=WebSocketDisconnect, strict=True, reason="disconnect not handled"
)
