"""Weekly Parquet export: columns, rows, manifest hashes, hive re-read, read-only access."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

import duckdb
import pyarrow.parquet as pq
import pytest

from jobwatch.core.errors import UserError
from jobwatch.pipeline.schema import EXPORT_COLUMNS
from jobwatch.warehouse.connect import connect_readonly, run_sql
from jobwatch.warehouse.export import export_week
from tests.warehouse.conftest import run_build
from tests.warehouse.lakefix import W3, W4
from tests.warehouse.scenarios import HISTORY_OPEN

if TYPE_CHECKING:
    from pathlib import Path

MARTS = [
    "mart_role_week",
    "mart_role_skills",
    "mart_role_companies",
    "mart_role_metros",
    "mart_role_sources",
    "mart_role_senior_titles",
]


def test_export_writes_open_postings_marts_and_a_manifest(history_home: Path) -> None:
    run_build(history_home)
    result = export_week(history_home)  # latest week
    out = history_home / "exports" / f"week={W4}"
    assert result.week == W4
    assert result.dir == out
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["manifest.json", "postings.parquet"] + [f"{m}.parquet" for m in MARTS]
    )
    postings = pq.read_table(out / "postings.parquet")
    assert tuple(postings.column_names) == EXPORT_COLUMNS
    rows = postings.to_pylist()
    assert {r["source_id"] for r in rows} == HISTORY_OPEN[W4]  # canonical or not
    assert {r["source_id"] for r in rows if not r["is_canonical"]} == {"g1"}
    assert {r["role"] for r in rows} == {"AI/ML Engineer", "MLOps Engineer"}
    weeks = pq.read_table(out / "mart_role_week.parquet").to_pylist()
    assert {(r["role"], r["open_positions"]) for r in weeks} == {
        ("AI/ML Engineer", 4),
        ("MLOps Engineer", 1),
    }


def test_manifest_hashes_and_counts_match_the_files(history_home: Path) -> None:
    run_build(history_home)
    result = export_week(history_home, week=str(W3))
    manifest = json.loads(result.manifest.read_text())
    assert manifest["week"] == str(W3)
    assert manifest["schema_version"] == 2
    assert set(manifest["files"]) == {"postings.parquet"} | {f"{m}.parquet" for m in MARTS}
    for name, entry in manifest["files"].items():
        path = result.dir / name
        assert entry["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert entry["rows"] == pq.read_metadata(path).num_rows
    assert manifest["row_counts"]["postings"] == len(HISTORY_OPEN[W3])
    assert manifest["created_at"].endswith("+00:00")


def test_exports_reread_as_hive_partitions(history_home: Path, tmp_path: Path) -> None:
    run_build(history_home)
    target = tmp_path / "snapshots"
    for week in (W3, W4):
        export_week(history_home, week=week, to=target)
    again = export_week(history_home, week=W4, to=target)  # re-export overwrites in place
    assert again.row_counts["postings"] == len(HISTORY_OPEN[W4])
    leftovers = [p.name for p in target.rglob("*") if ".tmp-" in p.name]
    assert leftovers == []
    glob = str(target / "*" / "postings.parquet")
    rows = duckdb.sql(
        "select week, count(*) from read_parquet(?, hive_partitioning=true) group by week",
        params=[glob],
    ).fetchall()
    assert sorted(rows) == [(W3, len(HISTORY_OPEN[W3])), (W4, len(HISTORY_OPEN[W4]))]


def test_reading_before_any_build_is_a_clear_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"no warehouse at .*; run `jobwatch refresh` first"):
        connect_readonly(tmp_path)
    with pytest.raises(UserError, match="no warehouse"):
        export_week(tmp_path)


def test_run_sql_is_read_only(history_home: Path) -> None:
    run_build(history_home)
    columns, rows = run_sql(history_home, "select week, boards_failed from weeks order by week")
    assert columns == ["week", "boards_failed"]
    assert [n for _, n in rows] == [0, 1, 0, 1]  # acme failed in W2, gamma in W4
    with pytest.raises(UserError, match=r"read-only queries only, not a \w+ statement"):
        run_sql(history_home, "delete from postings")
    with pytest.raises(UserError, match="query failed"):
        run_sql(history_home, "select nope from postings")
    assert run_sql(history_home, "select count(*) from postings")[1] == [(8,)]
