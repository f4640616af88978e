"""HTTP handler of the replay server: recorded bodies, Greenhouse-like 404s, injected faults."""

from __future__ import annotations

import json
import socket
import struct
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlsplit

ROBOTS_TXT = b"User-agent: *\nAllow: /\n"
JSON = "application/json; charset=utf-8"


def status_body(status: int) -> bytes:
    """An API-style JSON error body (Greenhouse answers `{"status": 404, "error": ...}`)."""
    phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
    return json.dumps({"status": status, "error": phrase}).encode()


class ReplayHandler(BaseHTTPRequestHandler):
    server_version = "jobwatch-replay/0.1"
    protocol_version = "HTTP/1.0"  # one request per connection: simple, and faults stay per request

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: requests are counted by the ReplayServer, never printed to stderr."""

    def do_GET(self) -> None:
        replay = self.server.replay  # type: ignore[attr-defined]
        path = urlsplit(self.path).path
        if path == "/robots.txt":
            self._send(200, ROBOTS_TXT, "text/plain; charset=utf-8")
            return
        route = replay.route(path)
        fault = replay.next_fault(path, route[1] if route else None)
        status = self._serve(replay, route, fault or {})
        replay.record(path, status)

    def _serve(self, replay: Any, route: tuple[str, str] | None, fault: dict[str, Any]) -> int:
        if fault.get("delay"):
            time.sleep(float(fault["delay"]))
        if fault.get("reset"):
            self._reset()
            return 0
        if "status" in fault:
            status = int(fault["status"])
            headers = {"Retry-After": str(fault["retry_after"])} if "retry_after" in fault else {}
            body = fault.get("body", status_body(status))
            self._send(status, body, fault.get("content_type", JSON), headers)
            return status
        if "body" in fault:
            self._send(200, fault["body"], fault.get("content_type", JSON))
            return 200
        body = replay.recorded_body(*route) if route else None
        if body is None:
            self._send(404, status_body(404), JSON)
            return 404
        self._send(200, body, JSON, truncate=fault.get("truncate"))
        return 200

    def _send(
        self, status: int, body: bytes | str, content_type: str,
        headers: dict[str, str] | None = None, truncate: float | None = None,
    ) -> None:  # fmt: skip
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))  # the full length, even when truncating
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if truncate is None:
            self.wfile.write(data)
            return
        self.wfile.write(data[: int(len(data) * float(truncate))])
        self.wfile.flush()
        self._reset()  # drop the connection mid-body

    def _reset(self) -> None:
        """Close the connection at once (RST), without a complete response."""
        self.close_connection = True
        try:
            linger = struct.pack("ii", 1, 0)
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
            self.connection.close()
        except OSError:
            pass
