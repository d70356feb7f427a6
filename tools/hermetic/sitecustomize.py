"""Loaded by every process the output tool starts (via PYTHONPATH): no connection leaves this machine.

Connections to loopback addresses and Unix sockets work; anything else, including a DNS lookup of
another host, raises OSError. In-process runs are guarded by pytest-socket in the suite itself.
"""

import ipaddress
import socket

_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def _is_local(host) -> bool:
    if isinstance(host, bytes):
        host = host.decode()
    if host is None or host in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


def _check(sock, address):
    if sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address[0]):
        raise OSError(
            f"hermetic run: connection to {address[0]!r} blocked (only loopback is allowed)"
        )


_connect, _connect_ex, _getaddrinfo = (
    socket.socket.connect,
    socket.socket.connect_ex,
    socket.getaddrinfo,
)


def connect(self, address):
    _check(self, address)
    return _connect(self, address)


def connect_ex(self, address):
    _check(self, address)
    return _connect_ex(self, address)


def getaddrinfo(host, *args, **kwargs):
    if not _is_local(host):
        raise socket.gaierror(
            socket.EAI_NONAME, f"hermetic run: lookup of {host!r} blocked"
        )
    return _getaddrinfo(host, *args, **kwargs)


socket.socket.connect, socket.socket.connect_ex = connect, connect_ex  # type: ignore[method-assign]
socket.getaddrinfo = getaddrinfo
