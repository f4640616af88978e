"""Building the warehouse: open/close over weeks, effective crawls, clusters, idempotence."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.parquet as pq

from jobwatch.pipeline.schema import POSTING_SCHEMA
from jobwatch.reports.verdict import compare
from jobwatch.warehouse import lake
from jobwatch.warehouse.build import build
from jobwatch.warehouse.connect import connect_readonly
from tests.warehouse.conftest import query, run_build
from tests.warehouse.lakefix import W1, W2, W3, W4, crawl_id, normalized_row, posting, write_crawl
from tests.warehouse.scenarios import HISTORY_CLOSED, HISTORY_OPEN

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def _open_by_week(home: Path) -> dict:
    rows = query(home, "select week, source_id from posting_weeks")
    out: dict = {}
    for week, source_id in rows:
        out.setdefault(week, set()).add(source_id)
    return out


def test_open_postings_follow_ok_partial_and_failed_crawls(history_home: Path) -> None:
    result = run_build(history_home)
    assert result.weeks == [W1, W2, W3, W4]
    assert _open_by_week(history_home) == HISTORY_OPEN


def test_closed_at_is_first_ok_crawl_without_the_posting(history_home: Path) -> None:
    run_build(history_home)
    rows = query(history_home, "select source_id, closed_at, is_open from postings")
    assert {sid: closed for sid, closed, _ in rows if closed} == HISTORY_CLOSED
    assert {sid for sid, _, is_open in rows if is_open} == HISTORY_OPEN[W4]


def test_a_cluster_counts_once_and_earliest_posting_is_canonical(history_home: Path) -> None:
    run_build(history_home)
    canonical = query(
        history_home,
        "select week, source_id from posting_weeks where cluster_id = 'job-1' and is_canonical",
    )
    assert sorted(canonical) == [(W1, "a1"), (W2, "a1"), (W3, "a1"), (W4, "a1")]
    opened = query(
        history_home,
        "select week, open_positions from mart_role_week where role = 'AI/ML Engineer'",
    )
    # AI/ML postings open: W1 a1-a3; W2 a1-a3 + g1 (= a1); W3 a1 a3 a4 + g1; W4 a1 a3 a4 a5 + g1
    assert sorted(opened) == [(W1, 3), (W2, 3), (W3, 3), (W4, 4)]


def test_week_over_week_change_of_open_positions(history_home: Path) -> None:
    run_build(history_home)
    rows = query(
        history_home,
        "select week, open_positions_wow from mart_role_week where role = 'MLOps Engineer'",
    )
    # MLOps: W1 b1 | W2 b1 g2 | W3 b1 g2 | W4 b1 g2 (beta's empty crawl is a sudden drop)
    assert sorted(rows) == [(W1, None), (W2, 1), (W3, 0), (W4, 0)]


def test_canonical_prefers_a_salary_then_the_smallest_id(tmp_path: Path) -> None:
    same = {"cluster_id": "c", "role": "Data Engineer"}
    write_crawl(tmp_path, "ashby", W1, {"x": ("ok", [posting("p1", **same)])})
    write_crawl(
        tmp_path,
        "lever",
        W1,
        {
            "y": (
                "ok",
                [
                    posting("p2", **same, salary_max_usd=1.0),
                    posting("p3", **same, salary_min_usd=2.0),
                ],
            )
        },
    )
    run_build(tmp_path)
    rows = query(tmp_path, "select source_id from posting_weeks where is_canonical")
    assert rows == [("p2",)]  # p1 has the smallest id but no salary; p2 < p3 both paid


def _snapshot(home: Path) -> dict[str, list[tuple]]:
    tables = ["crawl_runs", "raw_postings", "postings", "posting_weeks", "mart_role_week"]
    return {t: query(home, f"select * from {t} order by all") for t in tables}


def _compare_json(home: Path) -> str:
    con = connect_readonly(home)
    try:
        return json.dumps(compare(con, "AI/ML Engineer", "MLOps Engineer"), sort_keys=True)
    finally:
        con.close()


def test_building_twice_gives_the_same_tables_and_figures(history_home: Path) -> None:
    first = run_build(history_home)
    tables, figures = _snapshot(history_home), _compare_json(history_home)
    second = run_build(history_home)
    assert second.row_counts == first.row_counts
    assert _snapshot(history_home) == tables
    assert _compare_json(history_home) == figures


def test_running_a_week_again_supersedes_it_without_growing(history_home: Path) -> None:
    first = run_build(history_home)
    again = [posting(i, role="AI/ML Engineer") for i in ("a4", "a5")]
    write_crawl(
        history_home, "greenhouse", W4, {"acme": ("partial", again), "beta": ("ok", [])}, attempt=2
    )
    second = run_build(history_home)
    grown = {t: second.row_counts[t] - first.row_counts[t] for t in first.row_counts}
    assert grown == {t: 2 if t == "crawl_attempts" else 0 for t in first.row_counts}
    assert _open_by_week(history_home) == HISTORY_OPEN


def test_the_latest_attempt_of_a_week_wins(history_home: Path) -> None:
    rerun = {"acme": ("ok", [posting("a1")]), "beta": ("ok", [posting("b1")])}
    write_crawl(history_home, "greenhouse", W3, rerun, attempt=2)
    run_build(history_home)
    opened = _open_by_week(history_home)
    assert opened[W3] == {"a1", "b1", "g1", "g2"}  # a3 and a4 dropped by the re-run
    effective = query(history_home, "select crawl_id from crawl_runs where week = '2026-10-19'")
    assert {c for (c,) in effective} == {
        "greenhouse-20261019T020000Z-abc002",
        "lever-20261019T010000Z-abc001",
    }


def test_a_failed_rerun_of_a_week_keeps_what_that_week_loaded(history_home: Path) -> None:
    run_build(history_home)
    before = _open_by_week(history_home)
    write_crawl(
        history_home, "greenhouse", W3, {"acme": ("failed", []), "beta": ("failed", [])}, attempt=2
    )
    run_build(history_home)
    assert _open_by_week(history_home) == before
    attempts = query(history_home, "select count(*) from crawl_attempts where week = '2026-10-19'")
    assert attempts[0][0] > 2  # the failed attempts are kept, just not effective


def test_interrupted_crawls_and_other_taxonomies_are_ignored(history_home: Path) -> None:
    first = run_build(history_home)
    cid = write_crawl(history_home, "greenhouse", W4, {"acme": ("ok", [])}, attempt=3)
    crawl = history_home / "raw" / "source=greenhouse" / f"week={W4}" / f"crawl={cid}"
    crawl.rename(crawl.with_name(f".tmp-crawl={cid}"))
    # the same lever crawl normalized under an older taxonomy, with an extra posting g9
    lever = crawl_id("lever", W2)
    old = history_home / "normalized" / "taxonomy=test-0" / "source=lever" / f"week={W2}"
    (old / f"crawl={lever}").mkdir(parents=True)
    row = normalized_row("lever", "gamma", lever, W2, posting("g9", role="AI/ML Engineer"))
    pq.write_table(
        pa.Table.from_pylist([row], schema=POSTING_SCHEMA),
        old / f"crawl={lever}" / "postings.parquet",
    )
    assert run_build(history_home).row_counts == first.row_counts
    assert _open_by_week(history_home) == HISTORY_OPEN


def test_default_taxonomy_comes_from_the_pipeline_version_file(
    history_home: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    version_file = tmp_path_factory.mktemp("taxonomy") / "VERSION"
    version_file.write_text("test-1\n")
    monkeypatch.setattr(lake, "VERSION_FILE", version_file)
    result = build(history_home)
    assert result.taxonomy_version == "test-1"
    assert result.row_counts["postings"] == 8


def test_an_empty_lake_builds_an_empty_warehouse(tmp_path: Path) -> None:
    result = run_build(tmp_path)
    assert result.weeks == []
    assert result.row_counts["postings"] == 0
    assert result.path == tmp_path / "warehouse.duckdb"


def test_publication_and_fetch_times_are_typed_and_a_bad_one_is_null(tmp_path: Path) -> None:
    specs = [
        posting("p1", posted_at="2026-10-01", fetched_at="2026-10-05T06:30:00Z"),
        posting("p2", posted_at="last Tuesday", fetched_at="2026-10-05T08:00:00+02:00"),
    ]
    write_crawl(tmp_path, "greenhouse", W1, {"acme": ("ok", specs)})
    run_build(tmp_path)
    types = query(
        tmp_path,
        "select column_name, data_type from duckdb_columns()"
        " where table_name = 'postings' and column_name in ('posted_at', 'fetched_at')",
    )
    assert sorted(types) == [("fetched_at", "TIMESTAMP"), ("posted_at", "DATE")]
    rows = query(tmp_path, "select source_id, posted_at, fetched_at from postings order by 1")
    assert rows == [
        ("p1", dt.date(2026, 10, 1), dt.datetime(2026, 10, 5, 6, 30)),
        ("p2", None, dt.datetime(2026, 10, 5, 6, 0)),  # UTC
    ]
