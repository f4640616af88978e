"""Build a new warehouse file from the lakes, check it, then swap it in atomically."""

from __future__ import annotations

import os
import shutil
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from jobwatch.core.config import paths
from jobwatch.core.errors import UserError
from jobwatch.core.layout import temp_after
from jobwatch.warehouse.dictionary import comment_on_everything
from jobwatch.warehouse.history import history_version, remember_lake, run_history
from jobwatch.warehouse.incremental import MartPlan, plan, run_marts
from jobwatch.warehouse.lake import find_crawls, register_params, taxonomy_version
from jobwatch.warehouse.lake_tables import create_tables
from jobwatch.warehouse.load import LoadResult, changed_crawls, load_crawls
from jobwatch.warehouse.models import history_models, marts_version, run_checks, run_macros
from jobwatch.warehouse.raw_view import create_raw_view

if TYPE_CHECKING:
    import datetime as dt

# bump when a public table or export column changes meaning (2: mart_role_metros no longer ranks
# "Remote" among the metros; 3: posted_at and fetched_at typed, exports one dataset per table)
SCHEMA_VERSION = 3
# Bump when the lake_* tables (lake_tables.py) change: the next build reads every crawl again.
# (2: posted_at and fetched_at typed DATE and TIMESTAMP)
LAKE_COPY_VERSION = 2
# A senior title is listed in mart_role_senior_titles once this many open postings of a role carry
# it: one posting's title is an anecdote, not a career path.
MIN_TITLE_N = 2
# A board's ok crawl whose count falls below this share of its median over its previous 4 ok
# crawls (zero included) is a sudden drop: partial, closing nothing until the next crawl confirms
# it (warehouse/sql/11_crawl_runs.sql).
DROP_RATIO = 0.3


class ChecksFailed(UserError):
    """A data check returned rows: the new warehouse is discarded, the previous one kept."""

    def __init__(self, failures: list[tuple[str, int]]):
        self.failures = failures
        listed = ", ".join(f"{name} ({n} rows)" for name, n in failures)
        super().__init__(f"warehouse checks failed, previous warehouse kept: {listed}")


@dataclass(frozen=True)
class BuildResult:
    path: Path
    weeks: list[dt.date]
    row_counts: dict[str, int]
    checks: list[str]
    duration_s: float
    taxonomy_version: str
    marts_computed: list[dt.date] = field(default_factory=list)
    marts_reused: list[dt.date] = field(default_factory=list)
    marts_plan: str = ""  # why the marts were computed in full, or "incremental"
    loaded: list[str] = field(default_factory=list)  # crawl ids read from the lakes this time
    from_scratch: str = ""  # why every crawl was read, or "" when the previous file was kept
    quarantined: list[dict[str, object]] = field(default_factory=list)  # damaged lake files


def build(
    home: Path, *, min_salary_n: int = 10, taxonomy: str | None = None, full: bool = False
) -> BuildResult:
    """Rebuild warehouse.duckdb from the raw and normalized lakes (idempotent by construction).

    `taxonomy` defaults to the pipeline's current version (pipeline/taxonomy/VERSION). The marts
    of weeks whose input is unchanged are copied from the previous file unless `full`.
    """
    started = time.monotonic()
    target = paths(Path(home)).warehouse
    target.parent.mkdir(parents=True, exist_ok=True)
    version = taxonomy or taxonomy_version()
    tmp = temp_after(target, uuid.uuid4().hex[:12], hidden=False)
    params: dict[str, object] = {
        "taxonomy_version": version,
        "min_salary_n": min_salary_n,
        "schema_version": SCHEMA_VERSION,
        "lake_copy_version": LAKE_COPY_VERSION,
        "min_title_n": MIN_TITLE_N,
        "drop_ratio": DROP_RATIO,
        "history_version": history_version(),
    }
    params["marts_version"] = marts_version(params)
    try:
        scratch = "full rebuild requested" if full else _start_from(target, tmp, params)
        counts, weeks, checks, todo, loaded = _build_file(
            tmp, Path(home), params, None if full else target
        )
        os.replace(tmp, target)  # readers of the old file keep their open handle
    finally:
        _remove(tmp)
    elapsed = time.monotonic() - started
    return BuildResult(
        target,
        weeks,
        counts,
        checks,
        elapsed,
        version,
        todo.compute,
        todo.reuse,
        todo.reason,
        loaded.crawls,
        scratch,
        loaded.quarantined,
    )


def _start_from(target: Path, tmp: Path, params: dict[str, object]) -> str:
    """Copy the previous warehouse to `tmp` when it holds a usable copy of the lakes (then only
    new or changed crawls are read); otherwise say why every crawl is read again."""
    if not target.is_file():
        return "no previous warehouse"
    try:
        with duckdb.connect(str(target), read_only=True) as con:
            row = con.execute(
                "select taxonomy_version, lake_copy_version from warehouse_info"
            ).fetchone()
    except duckdb.Error as exc:
        return f"previous warehouse not usable ({str(exc).splitlines()[0]})"
    if row != (params["taxonomy_version"], params["lake_copy_version"]):
        return "taxonomy or lake copy version changed"
    shutil.copyfile(target, tmp)
    return ""


STORAGE_COMPATIBILITY = "v1.4.0"
# The models spill to disk past this (the global dedup pass at 10M posting-weeks peaked at 2.4 GB
# without it, 1.4 GB with it, in the same time); set after the lake is read, whose JSON reader
# reserves a buffer of the largest line size per thread. JOBWATCH_BUILD_MEMORY overrides ("8GB").
BUILD_MEMORY_LIMIT = "1GB"


def _build_file(
    tmp: Path, home: Path, params: dict[str, object], previous: Path | None
) -> tuple[dict[str, int], list[dt.date], list[str], MartPlan, LoadResult]:
    # Written in a storage format older DuckDB shells can open too: analysts' `duckdb` CLI may lag
    # the library (PyPI's duckdb-cli is 1.5.x while the library is 2.0).
    con = duckdb.connect(str(tmp), config={"storage_compatibility_version": STORAGE_COMPATIBILITY})
    try:
        con.execute("set TimeZone = 'UTC'")
        con.execute("set enable_progress_bar = false")  # a long model would draw into the logs
        limit_memory(con)  # before the lakes are read: the limit holds for every step
        loaded = _load_lakes(con, home, str(params["taxonomy_version"]))
        register_params(con, params)
        version, models = str(params["history_version"]), history_models()
        counts = run_history(con, models, incremental=previous is not None, version=version)
        todo = plan(con, previous, str(params["marts_version"]), full=previous is None)
        counts |= run_marts(con, todo)
        run_macros(con)
        create_raw_view(con, paths(home).raw)
        comment_on_everything(con)  # DATA_DICTIONARY.md, for `describe` and duckdb_columns()
        checks, failures = run_checks(con)
        if failures:
            raise ChecksFailed(failures)
        weeks = [row[0] for row in con.execute("select week from weeks order by week").fetchall()]
        con.execute("checkpoint")
    finally:
        con.close()
    return counts, weeks, checks, todo, loaded


def _load_lakes(con: duckdb.DuckDBPyConnection, home: Path, version: str) -> LoadResult:
    try:
        create_tables(con)
        remember_lake(con)  # what the copy held: the weeks the new crawls change (history.py)
        return load_crawls(con, changed_crawls(con, find_crawls(home, version)))
    except (duckdb.Error, OSError) as exc:
        raise UserError(f"cannot read the lake under {home}: {str(exc).splitlines()[0]}") from exc


def limit_memory(con: duckdb.DuckDBPyConnection) -> None:
    """The build's memory limit on a connection (benchmarks/warehouse_scale.py applies it too)."""
    limit = os.environ.get("JOBWATCH_BUILD_MEMORY") or BUILD_MEMORY_LIMIT
    try:
        con.execute(f"set memory_limit = '{limit.replace(chr(39), '')}'")
    except duckdb.Error as exc:  # e.g. JOBWATCH_BUILD_MEMORY=lots
        first = str(exc).splitlines()[0]
        raise UserError(
            f"cannot start the build: JOBWATCH_BUILD_MEMORY={limit!r}: {first}"
        ) from exc


def _remove(tmp: Path) -> None:
    """Drop a leftover temp database and its side files (no-op after a successful swap)."""
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        leftover.unlink(missing_ok=True)
    shutil.rmtree(tmp.with_name(tmp.name + ".tmp"), ignore_errors=True)
