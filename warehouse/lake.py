"""Find the lake files a build reads and register them as temporary `src_*` tables."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from jobwatch.core import layout
from jobwatch.core.config import paths
from jobwatch.core.errors import UserError
from jobwatch.pipeline.cluster import MIN_EQUAL, SQL_BANDS
from jobwatch.pipeline.schema import POSTING_SCHEMA

if TYPE_CHECKING:
    import duckdb

# Read from the file rather than importing pipeline.taxonomy: the version is data, not code.
VERSION_FILE = Path(__file__).resolve().parent.parent / "pipeline" / "taxonomy" / "VERSION"

MAX_LINE_BYTES = 256 * 1024 * 1024  # a raw line keeps the whole page payload verbatim

RUN_COLUMNS = {
    "crawl_id": "VARCHAR",
    "source": "VARCHAR",
    "board": "VARCHAR",
    "week": "VARCHAR",
    "started_at": "VARCHAR",
    "finished_at": "VARCHAR",
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

RAW_COLUMNS = dict.fromkeys(
    [
        "source",
        "source_id",
        "title",
        "board",
        "url",
        "company",
        "location_raw",
        "remote_raw",
        "employment_type_raw",
        "department_raw",
        "description_html",
        "description_text",
        "salary_raw",
        "posted_at_raw",
        "updated_at_raw",
        "fetched_at",
        "crawl_id",
    ],
    "VARCHAR",
) | {"salary_structured": "JSON", "payload": "JSON"}


@dataclass(frozen=True)
class LakeFiles:
    """The files of finished crawls (never `.tmp-crawl=*`) for one taxonomy version."""

    runs: list[str]
    raw_lines: list[str]
    normalized: list[str]
    normalized_crawls: list[str]  # crawl ids that have a normalized partition
    signatures: list[str]  # per normalized crawl: "<bytes>:<mtime_ns>" of its postings file


def taxonomy_version() -> str:
    """The pipeline's current taxonomy version (pipeline/taxonomy/VERSION)."""
    try:
        version = VERSION_FILE.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise UserError(f"no taxonomy version file at {VERSION_FILE}") from None
    if not version:
        raise UserError(f"taxonomy version file {VERSION_FILE} is empty")
    return version


def find_lake_files(home: Path, version: str) -> LakeFiles:
    """Glob the lakes; `crawl=*` never matches an interrupted `.tmp-crawl=*` directory."""
    where = paths(home)
    crawls = sorted(where.raw.glob(layout.CRAWL_DIRS))
    board_files = [f for c in crawls for f in layout.board_files(c)]
    norm_crawls = sorted(layout.taxonomy_dir(where.normalized, version).glob(layout.CRAWL_DIRS))
    return LakeFiles(
        runs=[str(c / layout.RUNS) for c in crawls if (c / layout.RUNS).is_file()],
        raw_lines=[str(f) for f in board_files],
        normalized=[str(p) for c in norm_crawls if (p := c / layout.POSTINGS).is_file()],
        normalized_crawls=[layout.crawl_id_of(c) for c in norm_crawls],
        signatures=[_signature(c / layout.POSTINGS) for c in norm_crawls],
    )


def _signature(path: Path) -> str:
    """Changes when a normalized file is rewritten (re-normalized): incremental builds notice."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return "missing"
    return f"{st.st_size}:{st.st_mtime_ns}"


def _json_table(
    con: duckdb.DuckDBPyConnection, name: str, files: list[str], cols: dict[str, str]
) -> None:
    spec = "{" + ", ".join(f"'{k}': '{v}'" for k, v in cols.items()) + "}"
    if files:
        con.execute(
            f"create temp table {name} as select * from read_json(?, format='newline_delimited',"
            f" columns={spec}, filename=true, maximum_object_size={MAX_LINE_BYTES})",
            [files],
        )
    else:
        ddl = ", ".join(f"{k} {v}" for k, v in cols.items())
        con.execute(f"create temp table {name} ({ddl}, filename VARCHAR)")


def _postings_table(con: duckdb.DuckDBPyConnection, files: list[str]) -> None:
    if files:
        con.execute(
            "create temp table src_postings as"
            " select * from read_parquet(?, union_by_name=true, filename=true,"
            " hive_partitioning=false)",  # the path's key=value parts are not posting columns
            [files],
        )
        return
    empty = POSTING_SCHEMA.empty_table().append_column("filename", pa.array([], pa.string()))
    con.register("_empty_postings", empty)
    con.execute("create temp table src_postings as select * from _empty_postings")
    con.unregister("_empty_postings")


def register_sources(
    con: duckdb.DuckDBPyConnection, files: LakeFiles, params: dict[str, object]
) -> None:
    """Create the temp tables the SQL models read: src_runs, src_raw_lines, src_postings, ..."""
    _json_table(con, "src_runs", files.runs, RUN_COLUMNS)
    _json_table(con, "src_raw_lines", files.raw_lines, RAW_COLUMNS)
    _postings_table(con, files.normalized)
    con.execute(
        "create temp table src_normalized_crawls as"
        " select unnest(?::VARCHAR[]) as crawl_id, unnest(?::VARCHAR[]) as signature",
        [files.normalized_crawls, files.signatures],
    )
    register_params(con, params)


def register_params(con: duckdb.DuckDBPyConnection, params: dict[str, object]) -> None:
    """src_params: the settings every model may read (one row), and the dedup pass's constants
    (pipeline/cluster.py: the SQL pass and its Python reference share them)."""
    con.execute(
        "create or replace temp table src_params as select ?::VARCHAR as taxonomy_version,"
        " ?::INTEGER as min_salary_n, ?::INTEGER as schema_version, ?::VARCHAR as marts_version,"
        " ?::INTEGER as cluster_min_equal, ?::INTEGER as cluster_bands",
        [
            params["taxonomy_version"],
            params["min_salary_n"],
            params["schema_version"],
            params["marts_version"],
            MIN_EQUAL,
            SQL_BANDS,
        ],
    )
