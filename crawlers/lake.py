"""Raw lake layout (docs/architecture.md): crawl ids, crawl directories, streaming JSONL files."""

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


def week_dir(home: Path, source: str, week: dt.date) -> Path:
    return home / "raw" / f"source={source}" / f"week={week.isoformat()}"


def tmp_crawl_dir(home: Path, source: str, week: dt.date, crawl_id: str) -> Path:
    """Where a running crawl writes; readers ignore `.tmp-*` (an interrupted crawl)."""
    return week_dir(home, source, week) / f".tmp-crawl={crawl_id}"


def final_crawl_dir(tmp_dir: Path) -> Path:
    return tmp_dir.with_name(tmp_dir.name.removeprefix(".tmp-"))


def quarantine_path_for(out: Path) -> Path:
    """`FILE.jsonl` -> `FILE.quarantine.jsonl` (out-file mode)."""
    stem = out.name.removesuffix(".jsonl")
    return out.with_name(f"{stem}.quarantine.jsonl")


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
