"""ReplayServer: recorded ATS API responses on 127.0.0.1 (tests, `jobwatch refresh --sample`)."""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
from collections import Counter
from http.server import ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any

from crawlers.replay_handler import ReplayHandler
from jobwatch.errors import UserError

# API path (after any prefix) -> platform; recorded bodies: <root>/<platform>/week=W/<token>.json
ROUTES = [(re.compile(r"/v1/boards/(?P<token>[^/]+)/jobs$"), "greenhouse")]
WEEK_DIR = re.compile(r"^week=(\d{4}-\d{2}-\d{2})$")
# crawl(settings=...) for a loopback replay: no politeness delays needed against ourselves.
REPLAY_SETTINGS = {"AUTOTHROTTLE_START_DELAY": 0, "DOWNLOAD_DELAY": 0}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
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


class ReplayServer:
    """Threaded HTTP server on a free loopback port; faults are keyed by path or board token."""

    def __init__(
        self, root: Path | str, *, week: dt.date | None = None, faults: dict | None = None
    ) -> None:
        self.root = Path(root)
        self.week_dirs = {p: pick_week(self.root / p, week) for _, p in ROUTES}
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

    def route(self, path: str) -> tuple[str, str] | None:
        for pattern, platform in ROUTES:
            if match := pattern.search(path):
                return platform, match.group("token")
        return None

    def recorded_body(self, platform: str, token: str) -> bytes | None:
        week_dir = self.week_dirs.get(platform)
        file = week_dir / f"{token}.json" if week_dir else None
        if file is None or "/" in token or token.startswith(".") or not file.is_file():
            return None
        return file.read_bytes()

    def next_fault(self, path: str, token: str | None) -> dict[str, Any] | None:
        """The next fault for this path (or token); `repeat` faults are never used up."""
        with self._lock:
            for key in (path, token):
                queue = self._faults.get(key) if key else None
                if queue:
                    return dict(queue[0] if queue[0].get("repeat") else queue.pop(0))
        return None

    def record(self, path: str, status: int) -> None:
        with self._lock:
            self.hits[path] += 1
            self.log.append((time.monotonic(), path, status))

    def times_for(self, token: str) -> list[float]:
        """When each request for a board arrived (monotonic seconds), in order."""
        with self._lock:
            return [t for t, path, _ in self.log if (self.route(path) or ("", ""))[1] == token]

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
