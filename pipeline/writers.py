"""Atomic writers: every file is written under a temporary name in its folder, then renamed."""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from jobwatch.core.layout import temp_before
from jobwatch.pipeline.schema import POSTING_SCHEMA

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`, renamed onto it only when the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f"{temp_before(path).name}.", dir=path.parent)
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


class PostingWriter:
    """Postings appended in chunks to one .parquet or .jsonl file, which appears (by rename) only
    when close() is called: memory holds one chunk, never the whole file."""

    def __init__(self, path: Path) -> None:
        self.path, self.rows = path, 0
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f"{temp_before(path).name}.", dir=path.parent)
        os.close(handle)
        self._temp = Path(name)
        self._parquet: pq.ParquetWriter | None = None
        self._text: IO[str] | None = None
        if path.suffix == ".parquet":
            self._parquet = pq.ParquetWriter(self._temp, POSTING_SCHEMA)
        else:
            self._text = self._temp.open("w", encoding="utf-8")

    def write(self, rows: list[dict[str, Any]]) -> None:
        if self._parquet is not None and rows:
            self._parquet.write_table(pa.Table.from_pylist(rows, schema=POSTING_SCHEMA))
        elif self._text is not None:
            _jsonl(rows, self._text)
        self.rows += len(rows)

    def write_table(self, table: pa.Table) -> None:
        """Append an Arrow table of POSTING_SCHEMA rows (parquet output only)."""
        assert self._parquet is not None, "write_table needs a .parquet output"
        self._parquet.write_table(table)
        self.rows += table.num_rows

    def close(self) -> Path:
        self._finish()
        os.replace(self._temp, self.path)
        return self.path

    def abort(self) -> None:
        self._finish()
        self._temp.unlink(missing_ok=True)

    def _finish(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
        if self._text is not None:
            self._text.close()
        self._parquet = self._text = None
