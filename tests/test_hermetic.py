"""Runs of samples cannot reach beyond this machine."""

import subprocess
import sys

from tools import outputs

PROBE = """
import socket
for target in [("127.0.0.1", 9), ("example.com", 80), ("192.0.2.1", 80)]:
    try:
        socket.create_connection(target, timeout=0.5).close()
    except OSError as e:
        print(target[0], "hermetic" in str(e))
"""


def test_subprocess_runs_reach_loopback_only():
    out = subprocess.run(
        [sys.executable, "-c", PROBE],
        env=outputs.fixed_environ(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    assert out[:3] == ["127.0.0.1 False", "example.com True", "192.0.2.1 True"], out
