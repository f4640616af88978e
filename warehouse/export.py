"""Export one week as Parquet (open postings and that week's mart rows) plus a manifest."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow.parquet as pq

from jobwatch.core.config import paths
from jobwatch.core.layout import MANIFEST, export_dir, temp_after
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
    dir: Path
    files: dict[str, Path]  # name -> parquet file
    row_counts: dict[str, int]
    manifest: Path


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _write_atomic(target: Path, write: Callable[[Path], object]) -> None:
    tmp = temp_after(target, uuid.uuid4().hex[:8])
    try:
        write(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _queries() -> dict[str, str]:
    """One query per exported file, each filtered on the week by a parameter."""
    cols = ", ".join(EXPORT_COLUMNS)
    out = {"postings": f"select {cols} from posting_weeks where week = ? order by posting_id"}
    for mart in (t for t in public_tables() if t.startswith("mart_")):
        out[mart] = f"select * from {mart} where week = ? order by all"
    return out


def _write_table(con: duckdb.DuckDBPyConnection, query: str, week: dt.date, target: Path) -> int:
    table = con.sql(query, params=[week]).to_arrow_table()
    _write_atomic(target, lambda tmp: pq.write_table(table, tmp))
    return int(table.num_rows)


def _manifest(
    week: dt.date, taxonomy: str | None, files: dict[str, Path], counts: dict[str, int]
) -> dict[str, Any]:
    return {
        "week": week.isoformat(),
        "schema_version": SCHEMA_VERSION,
        "taxonomy_version": taxonomy,
        "row_counts": counts,
        "files": {p.name: {"sha256": _sha256(p), "rows": counts[n]} for n, p in files.items()},
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def export_week(
    home: Path, week: str | dt.date | None = None, to: Path | None = None
) -> ExportResult:
    """Write <to or home/exports>/week=W/{postings,mart_*}.parquet and manifest.json (last)."""
    con = connect_readonly(Path(home))
    try:
        when = resolve_week(con, week)
        out = export_dir(Path(to or paths(Path(home)).exports), when)
        out.mkdir(parents=True, exist_ok=True)
        manifest = out / MANIFEST
        manifest.unlink(missing_ok=True)  # no manifest = export incomplete
        files, counts = {}, {}
        for name, query in _queries().items():
            files[name] = out / f"{name}.parquet"
            counts[name] = _write_table(con, query, when, files[name])
        taxonomy = con.execute("select taxonomy_version from warehouse_info").fetchone()
    finally:
        con.close()
    body = _manifest(when, taxonomy[0] if taxonomy else None, files, counts)
    text = json.dumps(body, indent=2) + "\n"
    _write_atomic(manifest, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    return ExportResult(when, out, files, counts, manifest)
