"""Atomic writers: every file is written under a temporary name in its folder, then renamed."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schema import POSTING_SCHEMA


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`, renamed onto it only when the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".tmp-{path.name}.", dir=path.parent)
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def _jsonl(rows: Iterable[dict[str, Any]], handle: IO[str]) -> None:
    for row in rows:
        handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def write_jsonl(rows: Iterable[dict[str, Any]], path: Path) -> Path:
    with atomic_path(path) as temp, temp.open("w", encoding="utf-8") as handle:
        _jsonl(rows, handle)
    return path


def write_parquet(rows: list[dict[str, Any]], path: Path) -> Path:
    table = pa.Table.from_pylist(rows, schema=POSTING_SCHEMA)
    with atomic_path(path) as temp:
        pq.write_table(table, temp)
    return path


def write_postings(rows: list[dict[str, Any]], path: Path) -> Path:
    """Postings as .parquet (POSTING_SCHEMA) or .jsonl, chosen by the file suffix."""
    if path.suffix == ".parquet":
        return write_parquet(rows, path)
    return write_jsonl(rows, path)
