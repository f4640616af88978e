"""Scale-out: the flow on a Dask LocalCluster, and the raw lake and exports on S3 (moto server)."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow.parquet as pq
import pytest

from jobwatch.flows import storage
from jobwatch.flows.runners import make_task_runner
from tests.flows.helpers import WEEK1, WEEK2, boards, open_by_board, table_counts

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.usefixtures("prefect_harness")


def export_tables(home: Path, week: str) -> dict[str, Any]:
    """Every exported Parquet file of a week: content only (no crawl ids, no timestamps)."""
    files = sorted((home / "exports").glob(f"*/week={week}/part-0.parquet"))
    assert files, f"nothing exported for week {week} under {home}"
    return {p.parts[-3]: pq.read_table(p).to_pylist() for p in files}


def test_dask_local_cluster_gives_the_same_results_as_the_default_runner(
    week1_home: Path, tmp_path: Path
) -> None:
    from jobwatch.flows.weekly_refresh import weekly_refresh

    runner = make_task_runner("dask", workers=2)
    home = tmp_path / "dask-home"
    state = weekly_refresh.with_options(task_runner=runner)(
        home=str(home), week=WEEK1, sample=True, shard_size=4, partitions=3, return_state=True
    )
    summary = state.result()
    assert state.is_completed()
    assert summary["status"] == "completed with failed boards"
    # Three crawl shards of at most 4 boards, each its own crawl dir, normalized in 3 partitions.
    assert len(summary["crawls"]) == 3
    assert summary["normalized"]["partitions"] == 3
    assert len(list((home / "raw").glob("source=*/week=*/crawl=*"))) == 3
    assert open_by_board(home, WEEK1) == open_by_board(week1_home, WEEK1)
    assert export_tables(home, WEEK1) == export_tables(week1_home, WEEK1)


def crawl_dirs(home: Path, week: str = "*") -> list[str]:
    raw = home / "raw"
    return sorted(d.relative_to(raw).as_posix() for d in raw.glob(f"source=*/week={week}/crawl=*"))


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_lake_round_trips_through_s3_and_half_uploads_are_never_pulled(
    s3: str, week1_home: Path, tmp_path: Path
) -> None:
    lake = f"{s3}/roundtrip/raw"
    pushed = storage.push_lake(week1_home, lake)
    assert pushed.crawl_dirs == crawl_dirs(week1_home)
    assert pushed.files > len(pushed.crawl_dirs)
    assert storage.push_lake(week1_home, lake).crawl_dirs == []  # immutable: never re-uploaded
    fs, root = storage.open_url(lake)
    # An upload cut off before its _runs.jsonl marker: the crawl is not complete remotely.
    fs.pipe(f"{root}/source=greenhouse/week={WEEK2}/crawl=greenhouse-x/acme.jsonl", b"{}\n")
    other = tmp_path / "other-machine"
    pulled = storage.pull_lake(other, lake)
    assert pulled.crawl_dirs == pushed.crawl_dirs
    assert tree(other / "raw") == tree(week1_home / "raw")


def test_flow_reads_and_writes_the_lake_and_exports_on_s3(
    s3: str, week1_home: Path, tmp_path: Path
) -> None:
    from jobwatch.flows.weekly_refresh import weekly_refresh

    lake, exports = f"{s3}/prod/raw", f"{s3}/prod/exports"
    storage.push_lake(week1_home, lake)  # last week's crawl exists only in the remote lake
    home = tmp_path / "fresh-machine"
    state = weekly_refresh(
        home=str(home),
        week=WEEK2,
        sample=True,
        lake_url=lake,
        export_url=exports,
        return_state=True,
    )
    summary = state.result()
    assert summary["storage"]["pulled"]["crawl_dirs"]
    assert summary["storage"]["pushed"]["crawl_dirs"]
    assert open_by_board(home, WEEK1) == open_by_board(week1_home, WEEK1)
    assert table_counts(home)["crawl_runs"] == 2 * len(boards())
    fs, root = storage.open_url(lake)
    # This week's crawl was uploaded beside last week's.
    assert storage.remote_crawls(fs, root) == set(crawl_dirs(week1_home) + crawl_dirs(home, WEEK2))
    # DuckDB reads the remote snapshot in place through the same fsspec filesystem.
    manifest = json.loads(fs.cat_file(f"{exports}/_manifests/week={WEEK2}.json"))
    for name, entry in manifest["files"].items():
        body = fs.cat_file(f"{exports}/{name}")
        assert hashlib.sha256(body).hexdigest() == entry["sha256"]
    con = duckdb.connect()
    con.register_filesystem(storage.open_url(s3)[0])
    remote = f"{exports}/postings/*/*.parquet"  # the remote table folder, read as one dataset
    read = "select week, count(*) from read_parquet(?, hive_partitioning=true) group by 1"
    [(week, rows)] = con.execute(read, [remote]).fetchall()
    assert str(week) == WEEK2
    posted = manifest["files"][f"postings/week={WEEK2}/part-0.parquet"]["rows"]
    assert rows == posted == len(open_by_board_rows(home))


def open_by_board_rows(home: Path) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        return con.execute("select * from posting_weeks where week = ?", [WEEK2]).fetchall()
