"""Raw lake lines and crawl ids; where they go is jobwatch.core.layout's (docs/architecture.md)."""

from __future__ import annotations

import datetime as dt
import json
import secrets
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

MAX_OPEN_FILES = 32  # boards' files are reopened for append past this, to stay far below ulimit -n


def new_crawl_id(source: str, now: dt.datetime | None = None) -> str:
    """`<source>-<YYYYMMDDTHHMMSSZ>-<6 hex>`: sorts by start time, unique per crawl."""
    now = now or dt.datetime.now(dt.UTC)
    return f"{source}-{now.strftime('%Y%m%dT%H%M%SZ')}-{secrets.token_hex(3)}"


def dumps(record: Any) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"), default=str)


class JsonlFiles:
    """Append-only JSONL writer over many files with a bounded number of open handles."""

    def __init__(self) -> None:
        self._open: dict[Path, IO[str]] = {}
        self.lines: dict[Path, int] = {}

    def write(self, path: Path, record: Any) -> None:
        handle = self._open.pop(path, None) or self._reopen(path)
        self._open[path] = handle  # most recently used last
        handle.write(dumps(record) + "\n")
        self.lines[path] = self.lines.get(path, 0) + 1

    def _reopen(self, path: Path) -> IO[str]:
        if len(self._open) >= MAX_OPEN_FILES:
            oldest = next(iter(self._open))
            self._open.pop(oldest).close()
        return path.open("a", encoding="utf-8")

    def close(self) -> None:
        for handle in self._open.values():
            handle.close()
        self._open.clear()
