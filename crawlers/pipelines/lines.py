"""JSONL lines as UTF-8 bytes (orjson) and append-only files with a bounded number of handles."""

from __future__ import annotations

import json
from itertools import islice
from typing import IO, TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

# Subclasses of dict/str/int encode as their base, as json.dumps does; dataclasses and datetimes
# go to `default=str` as before instead of orjson's own rendering.
_OPTIONS = orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME
CHUNK_LINES = 256  # lines per write: few syscalls, and a 1,000-posting page is never all bytes

MAX_OPEN_FILES = 32  # boards' files are reopened for append past this, to stay far below ulimit -n


def _json_line(record: Any) -> bytes:
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"), default=str)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (JSON allows "\ud800"): escaped, not lost
        return json.dumps(record, separators=(",", ":"), default=str).encode("ascii")


def encode_line(record: Any) -> bytes:
    """One line (no newline) with the bytes of jobwatch.crawlers.lake.dumps, ~10x faster.

    orjson refuses integers past 64 bits, non-string keys and lone surrogates: those records
    take json.dumps. Known differences: |x| < 1e-4 is spelled 1e-5, not 1e-05 (same value), and
    NaN/Infinity, which are not JSON, are written as null."""
    try:
        return orjson.dumps(record, default=str, option=_OPTIONS)
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        return _json_line(record)


class JsonlWriter:
    """Append-only JSONL files; a board's lines of one page arrive and are written in one call."""

    def __init__(self) -> None:
        self._open: dict[Path, IO[bytes]] = {}

    def write(self, path: Path, records: Iterable[Any]) -> int:
        """Append one line per record; returns how many."""
        count, pending = 0, iter(records)
        while lines := [encode_line(record) for record in islice(pending, CHUNK_LINES)]:
            self._handle(path).write(b"\n".join(lines) + b"\n")
            count += len(lines)
        return count

    def write_bytes(self, path: Path, lines: bytes) -> None:
        """Append lines already encoded (each ending in a newline), as they are."""
        self._handle(path).write(lines)

    def _handle(self, path: Path) -> IO[bytes]:
        handle = self._open.pop(path, None) or self._reopen(path)
        self._open[path] = handle  # most recently used last
        return handle

    def _reopen(self, path: Path) -> IO[bytes]:
        if len(self._open) >= MAX_OPEN_FILES:
            self._open.pop(next(iter(self._open))).close()
        return path.open("ab")

    def close(self) -> None:
        for handle in self._open.values():
            handle.close()
        self._open.clear()
