"""ReplayServer: recorded ATS API responses on 127.0.0.1 (tests, `jobwatch refresh --sample`)."""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
from collections import Counter
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jobwatch.core.errors import UserError
from jobwatch.crawlers.platforms import routes
from jobwatch.crawlers.replay_handler import ReplayHandler
from jobwatch.crawlers.replay_routes import Recordings, Route

if TYPE_CHECKING:
    from types import TracebackType

__all__ = ["REPLAY_SETTINGS", "ReplayServer", "Route", "find_route", "pick_week"]
WEEK_DIR = re.compile(r"^week=(\d{4}-\d{2}-\d{2})$")
# crawl(settings=...) for a loopback replay: no politeness delays needed against ourselves.
REPLAY_SETTINGS = {"AUTOTHROTTLE_START_DELAY": 0, "DOWNLOAD_DELAY": 0}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default backlog of 5 drops connects of a 16-request burst: the client's
    # SYN retry then stalls the crawl ~1 s (benchmarks/crawl_throughput.py measured it)
    request_queue_size = 128
    block_on_close = False  # a handler sleeping in a delay fault must not hold up shutdown
    replay: ReplayServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients hanging up (timeouts, resets) are expected here: keep quiet."""


def pick_week(platform_dir: Path, week: dt.date | None) -> Path | None:
    """The latest recorded week <= `week` (the newest one when `week` is None)."""
    weeks = sorted(
        (dt.date.fromisoformat(m.group(1)), p)
        for p in (platform_dir.iterdir() if platform_dir.is_dir() else [])
        if (m := WEEK_DIR.match(p.name)) and p.is_dir()
    )
    eligible = [p for day, p in weeks if week is None or day <= week]
    return eligible[-1] if eligible else None


def find_route(path: str) -> tuple[Route, re.Match[str]] | None:
    """The declared route serving `path` (fallbacks last), with its match."""
    for route in routes():
        if match := route.pattern.search(path):
            return route, match
    return None


class ReplayServer:
    """Threaded HTTP server on a free loopback port; faults are keyed by path or board token."""

    def __init__(
        self, root: Path | str, *, week: dt.date | None = None, faults: dict[str, Any] | None = None
    ) -> None:
        self.root = Path(root)
        self.week_dirs = {r.platform: pick_week(self.root / r.platform, week) for r in routes()}
        self.recordings = Recordings(self.week_dirs)
        if not any(self.week_dirs.values()):
            when = f" at or before week {week}" if week else ""
            raise UserError(f"no recorded responses under {self.root}{when}")
        self._faults = {
            k: list(v) if isinstance(v, list) else [v] for k, v in (faults or {}).items()
        }
        self._lock = threading.Lock()
        self.hits: Counter[str] = Counter()  # requests seen per path (query string dropped)
        self.log: list[tuple[float, str, int]] = []  # (time.monotonic(), path, status; 0 = reset)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def route(self, path: str) -> tuple[Route, re.Match[str]] | None:
        return find_route(path)

    def token_of(self, path: str) -> str | None:
        found = self.route(path)
        return found[0].token(found[1]) if found else None

    def recorded_body(
        self, path: str, query: dict[str, str], method: str = "GET"
    ) -> tuple[bytes, str] | int | None:
        """(body, content type) recorded for this request; None (the server answers 404), or
        405 when the path is served to another method (Workday's job list is a POST)."""
        found = self.route(path)
        if found is None:
            return None
        route, match = found
        if route.method != method:
            return 405
        body = route.serve(self.recordings, route, match, query)
        return (body, route.content_type) if body is not None else None

    def next_fault(
        self, path: str, token: str | None, query: dict[str, str] | None = None
    ) -> dict[str, Any] | None:
        """The next fault for this path (or token) whose `when` query conditions hold (e.g.
        `{"when": {"offset": "100"}}` hits only that page); `repeat` faults are never used up."""
        with self._lock:
            for key in (path, token):
                queue = self._faults.get(key, []) if key else []
                for i, fault in enumerate(queue):
                    when = fault.get("when") or {}
                    if all((query or {}).get(k) == str(v) for k, v in when.items()):
                        return dict(fault if fault.get("repeat") else queue.pop(i))
        return None

    def record(self, path: str, status: int) -> None:
        with self._lock:
            self.hits[path] += 1
            self.log.append((time.monotonic(), path, status))

    def times_for(self, token: str) -> list[float]:
        """When each request for a board arrived (monotonic seconds), in order."""
        with self._lock:
            return [t for t, path, _ in self.log if self.token_of(path) == token]

    def hits_for(self, token: str) -> int:
        return len(self.times_for(token))

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("ReplayServer is not running (use it as a context manager)")
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> ReplayServer:
        self._server = _Server(("127.0.0.1", 0), ReplayHandler)
        self._server.replay = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server, self._thread = None, None

    def __enter__(self) -> ReplayServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
