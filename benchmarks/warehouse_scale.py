"""Warehouse at scale: load, incremental and full marts, role_compare, export, memory, vs pandas.

Example:
  .venv/bin/python benchmarks/warehouse_scale.py                 # 1M posting-weeks (+ pandas)
  .venv/bin/python benchmarks/warehouse_scale.py --rows 10000000 --no-pandas --repeat 2

Mart steps run --repeat times (default 3) and report the best run: on a shared machine the
fastest run is the one least disturbed by other jobs. DuckDB's and pandas' full marts alternate,
so both bests come from the same stretch of machine load.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import warehouse_clusters
import warehouse_pandas
import warehouse_synth
from warehouse_timing import ROWS, best_of, local, measure

from jobwatch.warehouse.build import (
    DROP_RATIO,
    LAKE_COPY_VERSION,
    MIN_TITLE_N,
    SCHEMA_VERSION,
    limit_memory,
)
from jobwatch.warehouse.export import export_week
from jobwatch.warehouse.incremental import plan, run_marts
from jobwatch.warehouse.lake import register_params
from jobwatch.warehouse.models import (
    mart_models,
    mart_tables,
    marts_version,
    models,
    run_macros,
    run_models,
)


def write_lake(rows: int, weeks: int, root: Path) -> int:
    return write_table(warehouse_synth.posting_weeks(rows, weeks), root)


def write_table(table: pa.Table, root: Path) -> int:
    """posting-weeks as a hive-partitioned Parquet lake, one file per week."""
    for week in sorted(set(table.column("week").to_pylist())):
        part = root / f"week={week}"
        part.mkdir(parents=True)
        mask = pc.equal(table.column("week"), pa.scalar(week, table.column("week").type))
        pq.write_table(table.filter(mask).drop(["week"]), part / "postings.parquet")
    return table.num_rows


def in_child(args: argparse.Namespace, lake: Path) -> int:
    """Generate in a child process so its memory never counts in the warehouse steps' peaks."""
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        versions = lake.parent / "cluster_versions.parquet"  # the dedup pass's input
        pool.submit(warehouse_clusters.write_versions, args.rows, versions).result()
        return pool.submit(write_lake, args.rows, args.weeks, lake).result()


def load(db: Path, lake: Path, last_week: str | None) -> duckdb.DuckDBPyConnection:
    """posting_weeks from the lake (up to last_week), with weeks and the src_* tables marts read."""
    con = duckdb.connect(str(db))
    limit_memory(con)
    where = f"where week <= '{last_week}'" if last_week else ""
    con.execute(
        "create table posting_weeks as select * from read_parquet(?, hive_partitioning=true)"
        f" {where}",
        [str(lake / "*" / "postings.parquet")],
    )
    con.execute(
        "create table weeks as select week, lag(week) over (order by week) as prev_week"
        " from (select distinct week from posting_weeks)"
    )
    prepare(con)
    return con


def prepare(con: duckdb.DuckDBPyConnection) -> None:
    """The temp src_* tables a build registers, and the week fingerprints."""
    con.execute(
        "create or replace temp table lake_crawls as select distinct crawl_id,"
        " 'synthetic' as signature from posting_weeks"
    )
    params: dict[str, object] = {"taxonomy_version": "synthetic", "min_salary_n": 10}
    params["schema_version"] = SCHEMA_VERSION
    params["lake_copy_version"] = LAKE_COPY_VERSION
    params["min_title_n"] = MIN_TITLE_N
    params["drop_ratio"] = DROP_RATIO
    params["marts_version"] = marts_version(params)
    register_params(con, params)
    for name in ("week_fingerprints", "int_roles"):  # the history models the marts read
        con.execute(f"drop table if exists {name}")
        run_models(con, [m for m in models() if m.name == name])


def marts(con: duckdb.DuckDBPyConnection, previous: Path | None) -> Any:
    version = con.execute("select marts_version from src_params").fetchone()[0]
    todo = plan(con, previous, version, full=previous is None)
    run_marts(con, todo)
    return todo


def drop_marts(con: duckdb.DuckDBPyConnection) -> None:
    """Back to the state before the marts: no mart tables, no mart-stage temp tables or views."""
    con.execute("detach database if exists prev")
    for table in [*mart_tables(), "warehouse_info"]:
        con.execute(f"drop table if exists {table}")
    temp = con.execute(
        "select table_name, table_type from information_schema.tables"
        " where table_catalog = 'temp' and table_name in (select unnest(?::VARCHAR[]))",
        [[m.name for m in mart_models() if m.name.startswith("int_")]],
    ).fetchall()
    for name, kind in temp:  # int_canonical is a view in a full build, a table otherwise
        con.execute(f"drop {'view' if kind == 'VIEW' else 'table'} {name}")


def same_marts(a: Path, b: Path) -> bool:
    con = duckdb.connect()
    con.execute(f"attach '{a}' as a (read_only)")
    con.execute(f"attach '{b}' as b (read_only)")
    for t in mart_tables():
        diff = con.execute(
            f"select count(*) from ((from a.{t} except all from b.{t})"
            f" union all (from b.{t} except all from a.{t}))"
        ).fetchone()
        if diff[0]:
            return False
    return True


def compare_ms(db: Path) -> float:
    con = duckdb.connect(str(db), read_only=True)
    times = []
    for _ in range(7):
        started = time.perf_counter()
        con.execute("select * from role_compare('AI/ML Engineer', 'AI Software Engineer')")
        con.fetchall()
        times.append(time.perf_counter() - started)
    con.close()
    return statistics.median(times)


def export_all(home: Path, weeks: list) -> int:
    return sum(export_week(home, w).row_counts["postings"] for w in weeks)


def run(args: argparse.Namespace, work: Path) -> None:
    lake = work / "lake"
    n = measure("generate synthetic lake (child process)", lambda: in_child(args, lake))
    print(f"  {n:,} posting-weeks", file=sys.stderr)
    weeks = sorted(p.name.split("=")[1] for p in lake.iterdir())
    prev_db, home = work / "previous.duckdb", work / "home"
    home.mkdir()
    db = home / "warehouse.duckdb"
    con = load(prev_db, lake, weeks[-2])  # last week's warehouse, before this week's crawl
    marts(con, None)
    con.close()
    con = measure(
        "load posting_weeks + fingerprints",
        lambda: load(db, lake, None),
        lambda r, s: f"{n / s:,.0f} rows/s",
    )
    warehouse_clusters.in_child(work / "cluster_versions.parquet", work / "clusters.duckdb")
    best_of(
        {
            "marts of the new week (incremental)": local(
                lambda: drop_marts(con), lambda: marts(con, prev_db)
            )
        },
        args.repeat,
    )
    run_macros(con)
    con.close()
    shutil.copy(db, work / "incremental.duckdb")
    con = duckdb.connect(str(db))
    limit_memory(con)
    prepare(con)
    full_and_pandas(con, lake, args)
    con.close()
    same = same_marts(db, work / "incremental.duckdb")
    ROWS.append(("incremental == full (every mart row)", 0.0, 0.0, "yes" if same else "NO"))
    measure("role_compare (median of 7)", lambda: compare_ms(db), lambda r, s: f"{r * 1000:.0f} ms")
    measure(
        "export latest week",
        lambda: export_week(home).row_counts["postings"],
        lambda r, s: f"{r:,} postings",
    )
    measure(
        "export every week (week by week)",
        lambda: export_all(home, weeks),
        lambda r, s: f"{r:,} postings",
    )


FULL, PANDAS = "marts of every week (full rebuild)", "pandas: marts of every week"


def full_and_pandas(con: duckdb.DuckDBPyConnection, lake: Path, args: argparse.Namespace) -> None:
    """DuckDB's full rebuild and pandas alternately (pandas in a child process, so neither's
    memory counts in the other's peak), best of args.repeat each."""
    steps = {FULL: local(lambda: drop_marts(con), lambda: marts(con, None))}
    if not args.pandas:
        return best_of(steps, args.repeat)
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        pool.submit(
            warehouse_pandas.timed_marts, lake
        ).result()  # warm-up: the child reads the lake once
        steps[PANDAS] = lambda: pool.submit(warehouse_pandas.timed_marts, lake).result()
        best_of(steps, args.repeat)
    return None


def report(args: argparse.Namespace) -> None:
    print(
        f"\nwarehouse_scale: {args.rows:,} posting-weeks target, {args.weeks} weeks, "
        f"duckdb {duckdb.__version__}, {os.cpu_count()} cores"
    )
    print(f"| {'step':<40} | {'seconds':>8} | {'peak MB':>8} | note")
    print(f"|{'-' * 42}|{'-' * 10}|{'-' * 10}|------")
    for step, seconds, peak, note in ROWS:
        print(f"| {step:<40} | {seconds:>8.3f} | {peak:>8.0f} | {note}")
    times = {step: s for step, s, _, _ in ROWS}
    if PANDAS in times:
        ratio = times[PANDAS] / times[FULL]
        print(
            f"\nDuckDB is {ratio:.1f}x faster than pandas on every week's marts (best of "
            f"{args.repeat} each, alternating)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="posting-weeks (default 1M)")
    parser.add_argument("--weeks", type=int, default=26, help="weeks of history (default 26)")
    parser.add_argument(
        "--no-pandas",
        dest="pandas",
        action="store_false",
        help="skip pandas (default: run it up to 2M rows)",
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each mart step, best reported (default 3)"
    )
    args = parser.parse_args()
    args.pandas = args.pandas and args.rows <= 2_000_000
    work = Path(tempfile.mkdtemp(prefix="warehouse-scale-"))
    try:
        run(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(args)


if __name__ == "__main__":
    main()
