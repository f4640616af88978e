"""The warehouse's global dedup pass at scale (a step of warehouse_scale.py): synthetic posting
versions with MinHash signatures -> cluster_links and posting_clusters, by the build's own SQL."""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import warehouse_synth
from warehouse_timing import ROWS, timed

from jobwatch.warehouse.build import limit_memory
from jobwatch.warehouse.lake import register_params
from jobwatch.warehouse.models import models, run_models

PASS = ("int_cluster_bands", "int_cluster_candidates", "cluster_links", "posting_clusters")


def write_versions(rows: int, path: Path) -> int:
    """The versions of posting_weeks(rows)'s postings, written once (in the generator child)."""
    table = warehouse_synth.cluster_versions(rows)
    pq.write_table(table, path)
    return table.num_rows


def dedup_pass(versions: Path, db: Path) -> tuple[int, int]:
    """int_cluster_versions from the file (as 23_int_cluster_versions makes it from stg_postings),
    then the pass's models, in a DuckDB file of their own. Returns (links, postings)."""
    con = duckdb.connect(str(db))
    limit_memory(con)
    con.execute("set enable_progress_bar = false")  # as the build: no bars in the table
    try:
        register_params(
            con,
            {
                "taxonomy_version": "synthetic",
                "min_salary_n": 10,
                "schema_version": 1,
                "marts_version": "synthetic",
                "lake_copy_version": 0,
                "min_title_n": 2,
                "drop_ratio": 0.3,
            },
        )
        con.execute(
            "create temp table int_cluster_versions as select row_number() over () as vid,"
            " *, hash(company_key, title_key) as block_key from read_parquet(?)",
            [str(versions)],
        )
        run_models(con, [m for m in models() if m.name in PASS])
        return _count(con, "cluster_links"), _count(con, "posting_clusters")
    finally:
        con.close()


def timed_pass(versions: Path, db: Path) -> tuple[tuple[int, int], float, float]:
    """In a child process: the pass timed, with that process's peak memory (the signatures it
    holds never count in the warehouse steps' peaks, nor theirs in its)."""
    return timed(lambda: dedup_pass(versions, db))


def in_child(versions: Path, db: Path) -> None:
    """Run the pass in a fresh process and record its row in the benchmark table."""
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        (links, postings), seconds, peak = pool.submit(timed_pass, versions, db).result()
    ROWS.append(
        (
            "global dedup pass (child process)",
            seconds,
            peak,
            f"{postings:,} postings, {links:,} links",
        )
    )
    print(f"  global dedup pass: {seconds:.2f} s", file=sys.stderr)


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    row = con.execute(f"select count(*) from {table}").fetchone()
    return int(row[0]) if row else 0


def template_block(n: int, seed: int = 11) -> pa.Table:
    """n versions of one company, title and place whose descriptions share one template: each
    keeps a template position with probability 0.877, so two of them share ~77% (never copies).
    The worst block for the pass: about half the pairs share a band."""
    rng = np.random.default_rng(seed)
    sig = np.tile(rng.integers(0, 2**32, 64, dtype=np.uint32), (n, 1))
    own = rng.random((n, 64)) > 0.877
    sig[own] = rng.integers(0, 2**32, int(own.sum()), dtype=np.uint32)
    ids = [f"t{i}" for i in range(n)]
    return pa.table(
        {
            "posting_id": ids,
            "cluster_id": ids,
            "company_key": ["template co"] * n,
            "title_key": ["cashier"] * n,
            "place_key": ["US|Houston|Houston"] * n,
            "requisition_key": pa.nulls(n, pa.string()),
            "minhash": pa.FixedSizeListArray.from_arrays(pa.array(sig.reshape(-1)), 64),
        }
    )


def main() -> None:
    """One template block per size: the pass's time and peak memory (each in a fresh process)."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--template-block", type=int, nargs="+", default=[2000, 8000])
    args = parser.parse_args()
    print("| versions in one template block | seconds | peak MB | links |\n|---|---|---|---|")
    spawn = multiprocessing.get_context("spawn")
    for n in args.template_block:
        with tempfile.TemporaryDirectory() as tmp:
            versions = Path(tmp) / "versions.parquet"
            pq.write_table(template_block(n), versions)
            with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
                (links, _), seconds, peak = pool.submit(
                    timed_pass, versions, Path(tmp) / "c.duckdb"
                ).result()
        print(f"| {n:,} | {seconds:.1f} | {peak:,.0f} | {links:,} |")


if __name__ == "__main__":
    main()
