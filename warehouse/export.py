"""Export one week as Parquet datasets (open postings, that week's mart rows) plus a manifest.

exports/<table>/week=W/part-0.parquet is one partition of a hive-partitioned dataset per table,
so pandas, pyarrow.dataset, polars and DuckDB read a folder as a whole table. Each file carries
`week` as a column too, as the folder's text (dictionary-encoded: the type pandas and pyarrow give a
hive key, so both agree); its dates and timestamps are typed. exports/_manifests/week=W.json lists
every file with its hash and is written last: a week without one is incomplete.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from jobwatch.core.config import paths
from jobwatch.core.layout import export_file, export_manifest, temp_after
from jobwatch.pipeline.schema import EXPORT_COLUMNS
from jobwatch.warehouse.build import SCHEMA_VERSION
from jobwatch.warehouse.connect import connect_readonly
from jobwatch.warehouse.models import public_tables
from jobwatch.warehouse.stats import resolve_week

if TYPE_CHECKING:
    from collections.abc import Callable

    import duckdb


@dataclass(frozen=True)
class ExportResult:
    week: dt.date
    dir: Path  # the exports root: one dataset folder per table, and _manifests/
    files: dict[str, Path]  # table -> its partition file for the week
    row_counts: dict[str, int]
    manifest: Path


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _write_atomic(target: Path, write: Callable[[Path], object]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_after(target, uuid.uuid4().hex[:8])
    try:
        write(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _queries() -> dict[str, str]:
    """One query per exported table, each filtered on the week by a parameter."""
    cols = ", ".join(EXPORT_COLUMNS)
    out = {"postings": f"select {cols}, week from posting_weeks where week = ? order by posting_id"}
    for mart in (t for t in public_tables() if t.startswith("mart_")):
        out[mart] = f"select * from {mart} where week = ? order by all"
    return out


def _week_as_key(table: pa.Table) -> pa.Table:
    """The week column as its folder's text, dictionary-encoded (see the module docstring)."""
    index = table.schema.get_field_index("week")
    text = table.column(index).cast(pa.string()).dictionary_encode()
    return table.set_column(index, "week", text)


def _write_table(con: duckdb.DuckDBPyConnection, query: str, week: dt.date, target: Path) -> int:
    table = _week_as_key(con.sql(query, params=[week]).to_arrow_table())
    _write_atomic(target, lambda tmp: pq.write_table(table, tmp))
    return int(table.num_rows)


def _manifest(
    root: Path, week: dt.date, taxonomy: str | None, files: dict[str, Path], counts: dict[str, int]
) -> dict[str, Any]:
    listed = {
        p.relative_to(root).as_posix(): {"sha256": _sha256(p), "rows": counts[n]}
        for n, p in files.items()
    }
    return {
        "week": week.isoformat(),
        "schema_version": SCHEMA_VERSION,
        "taxonomy_version": taxonomy,
        "row_counts": counts,
        "files": listed,  # path relative to the exports root -> hash and rows
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def export_week(
    home: Path, week: str | dt.date | None = None, to: Path | None = None
) -> ExportResult:
    """Write <to or home/exports>/<table>/week=W/part-0.parquet for postings and each mart, then
    _manifests/week=W.json (last; removed first, so a reader never trusts a half-written week)."""
    root = Path(to or paths(Path(home)).exports)
    con = connect_readonly(Path(home))
    try:
        when = resolve_week(con, week)
        manifest = export_manifest(root, when)
        manifest.unlink(missing_ok=True)
        files, counts = {}, {}
        for name, query in _queries().items():
            files[name] = export_file(root, name, when)
            counts[name] = _write_table(con, query, when, files[name])
        taxonomy = con.execute("select taxonomy_version from warehouse_info").fetchone()
    finally:
        con.close()
    body = _manifest(root, when, taxonomy[0] if taxonomy else None, files, counts)
    text = json.dumps(body, indent=2) + "\n"
    _write_atomic(manifest, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    return ExportResult(when, root, files, counts, manifest)
