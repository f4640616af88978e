"""Run the SQL models (warehouse/sql, in name order) and the checks (warehouse/checks)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb

SQL_DIR = Path(__file__).resolve().parent / "sql"
CHECKS_DIR = Path(__file__).resolve().parent / "checks"
MACROS_DIR = Path(__file__).resolve().parent / "macros"


@dataclass(frozen=True)
class Model:
    """One SQL file: `NN_<name>.sql` builds `<name>`."""

    name: str
    path: Path

    @property
    def kind(self) -> str:
        """stg_ models are temp views, int_ temp tables (or views when the file's first line says
        `-- view:`): only the public tables are persisted."""
        if self.name.startswith("stg_") or self.path.read_text("utf-8").startswith("-- view:"):
            return "temp view"
        if self.name.startswith("int_"):
            return "temp table"
        return "table"


MART_STAGE = 35  # models numbered from here on read only posting_weeks, weeks and src_* tables


def models(sql_dir: Path = SQL_DIR) -> list[Model]:
    files = sorted(sql_dir.glob("*.sql"))
    return [Model(f.stem.split("_", 1)[1], f) for f in files]


def history_models(sql_dir: Path = SQL_DIR) -> list[Model]:
    """The models up to posting_weeks: everything the marts are computed from."""
    return [m for m in models(sql_dir) if int(m.path.stem.split("_", 1)[0]) < MART_STAGE]


def mart_models(sql_dir: Path = SQL_DIR) -> list[Model]:
    return [m for m in models(sql_dir) if int(m.path.stem.split("_", 1)[0]) >= MART_STAGE]


def mart_tables(sql_dir: Path = SQL_DIR) -> list[str]:
    """The per-week mart tables (an incremental build copies their unchanged weeks)."""
    return [m.name for m in mart_models(sql_dir) if m.name.startswith("mart_")]


def marts_version(settings: dict[str, object], sql_dir: Path = SQL_DIR) -> str:
    """Changes whenever a mart's definition or a setting it depends on changes."""
    digest = hashlib.sha256(repr(sorted(settings.items())).encode())
    for model in mart_models(sql_dir):
        digest.update(model.path.name.encode() + b"\0" + model.path.read_bytes())
    return digest.hexdigest()[:16]


def public_tables(sql_dir: Path = SQL_DIR) -> list[str]:
    return [m.name for m in models(sql_dir) if m.kind == "table"]


def run_models(con: duckdb.DuckDBPyConnection, todo: list[Model] | None = None) -> dict[str, int]:
    """Execute the models (default: all, in order); returns row counts of the persisted tables."""
    counts: dict[str, int] = {}
    for model in models() if todo is None else todo:
        body = model.path.read_text(encoding="utf-8")
        # Model names come from our own file names, never from user input.
        con.execute(f"create or replace {model.kind} {model.name} as\n{body}")
        if model.kind == "table":
            row = con.execute(f"select count(*) from {model.name}").fetchone()
            counts[model.name] = int(row[0]) if row else 0
    return counts


def macros(macros_dir: Path = MACROS_DIR) -> list[str]:
    """Names of the table macros persisted in the warehouse (`N_<name>.sql`, in name order)."""
    return [f.stem.split("_", 1)[1] for f in sorted(macros_dir.glob("*.sql"))]


def run_macros(con: duckdb.DuckDBPyConnection, macros_dir: Path = MACROS_DIR) -> list[str]:
    """Create the table macros in the warehouse file itself, so a plain DuckDB shell has them."""
    for path in sorted(macros_dir.glob("*.sql")):
        con.execute(path.read_text(encoding="utf-8"))
    return macros(macros_dir)


def run_checks(
    con: duckdb.DuckDBPyConnection, checks_dir: Path = CHECKS_DIR
) -> tuple[list[str], list[tuple[str, int]]]:
    """Run each check (a query that must return no rows); returns (names run, failures)."""
    names: list[str] = []
    failures: list[tuple[str, int]] = []
    for path in sorted(checks_dir.glob("*.sql")):
        names.append(path.stem)
        query = path.read_text(encoding="utf-8")
        row = con.execute(f"select count(*) from (\n{query}\n)").fetchone()
        bad = int(row[0]) if row else 0
        if bad:
            failures.append((path.stem, bad))
    return names, failures
