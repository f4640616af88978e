"""The warehouse's compact copy of the lakes: the lake_* tables, their columns and types."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jobwatch.pipeline.schema import POSTING_SCHEMA

if TYPE_CHECKING:
    import duckdb

# Computed by the warehouse (posting_weeks, postings): never read from a normalized file.
WAREHOUSE_OWNED = ("is_canonical", "first_seen", "last_seen")
POSTING_COLUMNS = [n for n in POSTING_SCHEMA.names if n not in WAREHOUSE_OWNED]
# Normalized files keep dates as ISO text (as parsed); the warehouse types them so an analyst can
# compare and truncate them. Times are UTC: the build's session time zone (build.py).
POSTING_TYPES = {"posted_at": "DATE", "fetched_at": "TIMESTAMPTZ"}
RUN_TYPES = {
    "board": "VARCHAR",
    "started_at": "TIMESTAMPTZ",
    "finished_at": "TIMESTAMPTZ",
    "status": "VARCHAR",
    "http_status": "JSON",
    "requests": "BIGINT",
    "items": "BIGINT",
    "parse_errors": "BIGINT",
    "quarantined": "BIGINT",
    "error": "VARCHAR",
    "stale_slug": "BOOLEAN",
    "duration_s": "DOUBLE",
}
DDL = (
    "create table if not exists lake_crawls (crawl_id VARCHAR, source VARCHAR, week DATE,"
    " raw_dir VARCHAR, signature VARCHAR, normalized BOOLEAN, loaded BOOLEAN)",
    "create table if not exists lake_runs (crawl_id VARCHAR, source VARCHAR, board VARCHAR,"
    " week DATE, started_at TIMESTAMP, finished_at TIMESTAMP, status VARCHAR, http_status JSON,"
    " requests BIGINT, items BIGINT, parse_errors BIGINT, quarantined BIGINT, error VARCHAR,"
    " stale_slug BOOLEAN, duration_s DOUBLE)",
    "create table if not exists lake_board_files (crawl_id VARCHAR, board VARCHAR, bytes BIGINT)",
    "create table if not exists lake_quarantine (crawl_id VARCHAR, path VARCHAR, board VARCHAR,"
    " reason VARCHAR, detail VARCHAR)",
)


def create_tables(con: duckdb.DuckDBPyConnection) -> None:
    for statement in DDL:
        con.execute(statement)
    empty = POSTING_SCHEMA.empty_table().select(POSTING_COLUMNS)
    con.register("_posting_columns", empty)
    typed = ", ".join(f"{c}::{t.removesuffix('TZ')} as {c}" for c, t in POSTING_TYPES.items())
    con.execute(
        "create table if not exists lake_postings as"
        f" select * replace ({typed}) from _posting_columns"
    )
    con.unregister("_posting_columns")
