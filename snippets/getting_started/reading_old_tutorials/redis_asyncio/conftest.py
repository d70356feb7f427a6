import os
import socket
from pathlib import Path

import pytest

REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379
HERE = Path(__file__).parent


def redis_is_reachable() -> bool:
    with socket.socket() as sock:
        return sock.connect_ex((REDIS_HOST, REDIS_PORT)) == 0


def pytest_collection_modifyitems(items):
    # Without Redis, skip this directory's tests, except in CI (CI is set): there they must run
    # and fail, so that a broken service cannot turn the build green.
    missing = not redis_is_reachable() and not os.environ.get("CI")
    skip = pytest.mark.skipif(missing, reason=f"no Redis on {REDIS_HOST}:{REDIS_PORT}")
    for item in items:
        if item.path.is_relative_to(HERE):  # this hook sees every test of the run
            item.add_marker(skip)
