"""Weekly Parquet export: one dataset per table, read by pandas, pyarrow, polars and DuckDB."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from jobwatch.core.errors import UserError
from jobwatch.pipeline.schema import EXPORT_COLUMNS
from jobwatch.warehouse.build import SCHEMA_VERSION
from jobwatch.warehouse.connect import connect_readonly, run_sql
from jobwatch.warehouse.export import export_week
from tests.warehouse.conftest import query, run_build
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


TABLES = ["postings", *MARTS]


def test_export_writes_open_postings_marts_and_a_manifest(history_home: Path) -> None:
    run_build(history_home)
    result = export_week(history_home)  # latest week
    root = history_home / "exports"
    assert result.week == W4
    assert result.dir == root
    assert sorted(p.name for p in root.iterdir()) == sorted(["_manifests", *TABLES])
    for table in TABLES:
        assert [p.name for p in (root / table).iterdir()] == [f"week={W4}"]
        assert [p.name for p in (root / table / f"week={W4}").iterdir()] == ["part-0.parquet"]
    assert [p.name for p in (root / "_manifests").iterdir()] == [f"week={W4}.json"]
    postings = pq.read_table(result.files["postings"])
    assert tuple(postings.column_names) == (*EXPORT_COLUMNS, "week")
    rows = postings.to_pylist()
    assert {r["week"] for r in rows} == {str(W4)}  # a file read alone still says its week
    assert {r["source_id"] for r in rows} == HISTORY_OPEN[W4]  # canonical or not
    assert {r["source_id"] for r in rows if not r["is_canonical"]} == {"g1"}
    assert {r["role"] for r in rows} == {"AI/ML Engineer", "MLOps Engineer"}
    assert postings.schema.field("first_seen").type == pa.date32()  # typed, not text
    assert {r["last_seen"] for r in rows} <= {W3, W4}
    weeks = pq.read_table(result.files["mart_role_week"]).to_pylist()
    assert {(r["role"], r["open_positions"], r["week"]) for r in weeks} == {
        ("AI/ML Engineer", 4, str(W4)),
        ("MLOps Engineer", 2, str(W4)),  # b1 stays open: beta's empty crawl is an unconfirmed drop
    }


def test_manifest_beside_the_datasets_hashes_and_counts_match(history_home: Path) -> None:
    run_build(history_home)
    result = export_week(history_home, week=str(W3))
    assert result.manifest == history_home / "exports" / "_manifests" / f"week={W3}.json"
    manifest = json.loads(result.manifest.read_text())
    assert manifest["week"] == str(W3)
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert set(manifest["files"]) == {f"{t}/week={W3}/part-0.parquet" for t in TABLES}
    for name, entry in manifest["files"].items():
        path = result.dir / name
        assert entry["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert entry["rows"] == pq.read_metadata(path).num_rows
    assert manifest["row_counts"]["postings"] == len(HISTORY_OPEN[W3])
    assert manifest["created_at"].endswith("+00:00")


def _exported(history_home: Path, target: Path) -> None:
    run_build(history_home)
    for week in (W3, W4):
        export_week(history_home, week=week, to=target)
    again = export_week(history_home, week=W4, to=target)  # re-export overwrites in place
    assert again.row_counts["postings"] == len(HISTORY_OPEN[W4])
    assert [p.name for p in target.rglob("*") if ".tmp-" in p.name] == []


def _rows(records: list[dict[str, Any]]) -> list[tuple[str, str, str, bool]]:
    """(week as text, posting id, role, canonical), sorted: what every reader must agree on."""
    out = [(str(r["week"]), r["posting_id"], r["role"], bool(r["is_canonical"])) for r in records]
    return sorted(out)


def test_the_usual_readers_read_a_table_folder_as_one_dataset(
    history_home: Path, tmp_path: Path
) -> None:
    import pandas as pd
    import polars as pl
    import pyarrow.dataset as ds

    target = tmp_path / "snapshots"
    _exported(history_home, target)
    folder = target / "postings"
    expected = _rows(
        [
            {"week": w, "posting_id": p, "role": r, "is_canonical": c}
            for w, p, r, c in query(
                history_home,
                "select week, posting_id, role, is_canonical from posting_weeks"
                f" where week in ('{W3}', '{W4}')",
            )
        ]
    )
    assert len(expected) == len(HISTORY_OPEN[W3]) + len(HISTORY_OPEN[W4])
    by_pandas = pd.read_parquet(folder)
    assert _rows(by_pandas.to_dict("records")) == expected
    hive = ds.HivePartitioning.discover(infer_dictionary=True)
    by_arrow = ds.dataset(folder, format="parquet", partitioning=hive).to_table()
    assert _rows(by_arrow.to_pylist()) == expected
    by_polars = pl.scan_parquet(folder / "**" / "*.parquet", hive_partitioning=True).collect()
    assert _rows(by_polars.to_dicts()) == expected
    assert _rows(pl.read_parquet(folder, hive_partitioning=True).to_dicts()) == expected
    con = duckdb.connect()
    hive_sql = "select * from read_parquet(?, hive_partitioning=true)"
    by_duckdb = con.execute(hive_sql, [str(folder / "*" / "*.parquet")])
    columns = [c[0] for c in by_duckdb.description]
    assert _rows([dict(zip(columns, r, strict=True)) for r in by_duckdb.fetchall()]) == expected
    # a mart's folder reads the same way, and the manifests are no table's partition
    marts = pd.read_parquet(target / "mart_role_week")
    assert sorted(set(marts["week"].astype(str))) == [str(W3), str(W4)]
    assert not list((target / "postings").glob("*.json"))


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
