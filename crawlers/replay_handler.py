"""HTTP handler of the replay server: recorded bodies, Greenhouse-like 404s, injected faults."""

from __future__ import annotations

import json
import socket
import struct
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, urlsplit

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
        self._handle("GET", {})

    def do_POST(self) -> None:
        """A JSON body's top-level values count as query parameters (Workday pages by `offset`
        in the body), so routes and `when` fault conditions read them the same way."""
        length = int(self.headers.get("Content-Length") or 0)
        try:
            data = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            data = None
        fields = data if isinstance(data, dict) else {}
        self._handle(
            "POST", {k: str(v) for k, v in fields.items() if not isinstance(v, dict | list)}
        )

    def _handle(self, method: str, body_fields: dict[str, str]) -> None:
        replay = self.server.replay  # type: ignore[attr-defined]
        parts = urlsplit(self.path)
        path, query = parts.path, dict(parse_qsl(parts.query)) | body_fields
        if path == "/robots.txt":
            self._send(200, ROBOTS_TXT, "text/plain; charset=utf-8")
            return
        # Counted before any byte is sent: a client that has its answer sees it in the counts.
        self._count = lambda status: replay.record(path, status)
        fault = replay.next_fault(path, replay.token_of(path), query)
        self._method = method
        self._serve(replay, path, query, fault or {})

    _method = "GET"

    _count: Any = None

    def _serve(self, replay: Any, path: str, query: dict[str, str], fault: dict[str, Any]) -> int:
        if fault.get("delay"):
            time.sleep(float(fault["delay"]))
        if fault.get("reset"):
            if self._count:
                self._count(0)
            self._reset()
            return 0
        if "status" in fault:
            status = int(fault["status"])
            headers = {"Retry-After": str(fault["retry_after"])} if "retry_after" in fault else {}
            body = fault.get("body", status_body(status))
            self._send(status, body, fault.get("content_type", JSON), headers)
            return status
        if "body" in fault:  # `headers` e.g. {"Content-Encoding": "gzip"} for a compressed body
            self._send(200, fault["body"], fault.get("content_type", JSON), fault.get("headers"))
            return 200
        recorded = replay.recorded_body(path, query, self._method)
        if recorded is None or isinstance(recorded, int):
            status = recorded or 404
            self._send(status, status_body(status), JSON)
            return status
        body, content_type = recorded
        self._send(200, body, content_type, truncate=fault.get("truncate"))
        return 200

    def _send(
        self,
        status: int,
        body: bytes | str,
        content_type: str,
        headers: dict[str, str] | None = None,
        truncate: float | None = None,
    ) -> None:
        data = body.encode() if isinstance(body, str) else body
        if self._count:
            self._count(status)
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
