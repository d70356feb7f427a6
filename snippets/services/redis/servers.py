"""Where the tests find PostgreSQL and Redis, and what they do when a server is not running."""

import os
import socket
from urllib.parse import urlsplit

import pytest

# Environment variables override these defaults: servers on this machine.
DATABASE_URL = os.environ.get(
    "DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test"
)
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
CONNECT_TIMEOUT = (
    5  # seconds: a server that does not answer fails a test instead of hanging it
)


def listening(host: str, port: int) -> bool:
    """Does something accept TCP connections at host:port (within CONNECT_TIMEOUT)?"""
    with socket.socket() as sock:
        sock.settimeout(CONNECT_TIMEOUT)
        return sock.connect_ex((host, port)) == 0


def needs(url: str, default_port: int, how_to_start: str) -> pytest.MarkDecorator:
    """Skip a test when its server is not running, and say how to start one. When CI is set, run
    the test anyway: it fails with the client's error, so a missing server cannot turn a build green."""
    host, port = (
        urlsplit(url).hostname or "127.0.0.1",
        urlsplit(url).port or default_port,
    )
    down = not listening(host, port)
    return pytest.mark.skipif(
        down and not os.environ.get("CI"),
        reason=f"nothing listens at {host}:{port}: {how_to_start}",
    )


needs_postgres = needs(
    DATABASE_URL,
    5432,
    "start PostgreSQL (user postgres, database test) or set DATABASE_URL",
)
needs_redis = needs(REDIS_URL, 6379, "start Redis or set REDIS_URL")
