"""The warehouse's global dedup pass at scale (a step of warehouse_scale.py): synthetic posting
versions with MinHash signatures -> cluster_links and posting_clusters, by the build's own SQL."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import warehouse_synth

from warehouse.models import models, run_models

PASS = ("int_cluster_bands", "int_cluster_candidates", "cluster_links", "posting_clusters")


def write_versions(rows: int, path: Path) -> int:
    """The versions of posting_weeks(rows)'s postings, written once (in the generator child)."""
    table = warehouse_synth.cluster_versions(rows)
    pq.write_table(table, path)
    return table.num_rows


def dedup_pass(con: duckdb.DuckDBPyConnection, versions: Path) -> tuple[int, int]:
    """int_cluster_versions from the file (as 23_int_cluster_versions makes it from stg_postings),
    then the pass's models. Returns (links, postings); its tables are dropped again so that their
    memory stays out of the later steps' peaks."""
    con.execute(
        "create or replace temp table int_cluster_versions as select row_number() over () as vid,"
        " *, hash(company_key, title_key) as block_key from read_parquet(?)",
        [str(versions)],
    )
    run_models(con, [m for m in models() if m.name in PASS])
    links, postings = (_count(con, table) for table in ("cluster_links", "posting_clusters"))
    for model in reversed([m for m in models() if m.name in PASS]):
        con.execute(f"drop table {model.name}")
    con.execute("drop table int_cluster_versions")
    return links, postings


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    row = con.execute(f"select count(*) from {table}").fetchone()
    return int(row[0]) if row else 0
