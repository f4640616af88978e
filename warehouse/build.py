"""Build a new warehouse file from the lakes, check it, then swap it in atomically."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import duckdb

from jobwatch.config import paths
from jobwatch.errors import UserError
from warehouse.lake import find_lake_files, register_sources, taxonomy_version
from warehouse.models import run_checks, run_macros, run_models

SCHEMA_VERSION = 1  # bump when a public table or export column changes meaning


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


def build(home: Path, *, min_salary_n: int = 10, taxonomy: str | None = None) -> BuildResult:
    """Rebuild warehouse.duckdb from the raw and normalized lakes (idempotent by construction).

    `taxonomy` defaults to the pipeline's current version (pipeline/taxonomy/VERSION).
    """
    started = time.monotonic()
    target = paths(Path(home)).warehouse
    target.parent.mkdir(parents=True, exist_ok=True)
    version = taxonomy or taxonomy_version()
    tmp = target.with_name(f"{target.name}.tmp-{uuid.uuid4().hex[:12]}")
    try:
        counts, weeks, checks = _build_file(tmp, Path(home), version, min_salary_n)
        os.replace(tmp, target)  # readers of the old file keep their open handle
    finally:
        _remove(tmp)
    return BuildResult(target, weeks, counts, checks, time.monotonic() - started, version)


def _build_file(
    tmp: Path, home: Path, version: str, min_salary_n: int
) -> tuple[dict[str, int], list[dt.date], list[str]]:
    con = duckdb.connect(str(tmp))
    try:
        con.execute("set TimeZone = 'UTC'")
        params = {
            "taxonomy_version": version,
            "min_salary_n": min_salary_n,
            "schema_version": SCHEMA_VERSION,
        }
        try:
            register_sources(con, find_lake_files(home, version), params)
        except duckdb.Error as exc:
            raise UserError(
                f"cannot read the lake under {home}: {str(exc).splitlines()[0]}"
            ) from exc
        counts = run_models(con)
        run_macros(con)
        checks, failures = run_checks(con)
        if failures:
            raise ChecksFailed(failures)
        weeks = [row[0] for row in con.execute("select week from weeks order by week").fetchall()]
        con.execute("checkpoint")
    finally:
        con.close()
    return counts, weeks, checks


def _remove(tmp: Path) -> None:
    """Drop a leftover temp database and its side files (no-op after a successful swap)."""
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        leftover.unlink(missing_ok=True)
    shutil.rmtree(tmp.with_name(tmp.name + ".tmp"), ignore_errors=True)
