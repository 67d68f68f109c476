"""uvicorn's HTTP protocol with Nagle's algorithm off on every connection.

With ``--workers`` above 1, uvicorn binds the listening socket itself without naming the
protocol (``socket.socket(family=...)``, proto 0), and asyncio then skips TCP_NODELAY on
the connections it accepts (it only sets it for sockets whose proto is IPPROTO_TCP). A
response goes out as two writes, headers then body; the body then waited for the client's
delayed ACK of the headers, about 40 ms on Linux, on every request of a kept-alive
connection: a no-op pull took 50 ms instead of 2. Setting the option as each connection
is made removes that wait whatever the worker count.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket

from uvicorn.protocols.http.auto import AutoHTTPProtocol

_BASE: type[asyncio.Protocol] = AutoHTTPProtocol  # httptools when installed, else h11


def _no_delay(transport: asyncio.BaseTransport) -> None:
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class NoDelayHTTPProtocol(_BASE):  # type: ignore[misc,valid-type]
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        _no_delay(transport)
        super().connection_made(transport)


# What ``uvicorn.run(http=...)`` takes.
HTTP_PROTOCOL = f"{__name__}:NoDelayHTTPProtocol"
