"""Read-only access to the warehouse for analysts, stats and exports."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import duckdb

from jobwatch.core.config import paths
from jobwatch.core.errors import UserError

# What `jobwatch sql` may run: queries (DESCRIBE, SHOW and SUMMARIZE parse as SELECT), query plans,
# and PRAGMA/CALL of DuckDB's read-only table functions. Everything else (ATTACH, COPY, INSTALL,
# SET, CREATE, ...) is refused before it runs; docs/threat-model.md says why.
QUERY_TYPES = {"SELECT", "EXPLAIN", "PRAGMA", "CALL"}

# The settings of an ad-hoc session: no file or network access beyond the warehouse file itself
# (no COPY TO, read_text, ATTACH of another file), no extension installed or loaded, no persistent
# secrets, and the configuration locked so that no statement can undo any of it.
LOCKED: dict[str, str | bool | int | float | list[str]] = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "allow_unsigned_extensions": False,
    "allow_extension_repositories": "forbidden",
    "allow_persistent_secrets": False,
    "python_enable_replacements": False,
    "lock_configuration": True,
}


def warehouse_file(home: Path) -> Path:
    path = paths(Path(home)).warehouse
    if not path.is_file():
        raise UserError(f"no warehouse at {path}; run `jobwatch refresh` first")
    return path


def connect_readonly(home: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to warehouse.duckdb (tables are visible unqualified).

    The file is ATTACHed to a fresh in-memory database rather than opened with duckdb.connect:
    duckdb.connect reuses a cached instance per path, which would keep serving the file a rebuild
    has just replaced while any older connection in this process is still open.
    """
    path = warehouse_file(home)
    con = duckdb.connect(":memory:")
    try:
        con.execute("attach ? as warehouse (read_only)", [str(path)])
        con.execute("use warehouse")
    except duckdb.Error as exc:
        con.close()
        raise UserError(f"cannot open warehouse at {path}: {exc}") from None
    return con


def first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def query_only(con: duckdb.DuckDBPyConnection, query: str) -> None:
    """Refuse anything but one query, naming what was asked for."""
    try:
        statements = con.extract_statements(query)
    except duckdb.Error as exc:
        raise UserError(f"query failed: {first_line(exc)}") from None
    if len(statements) != 1:
        raise UserError(f"jobwatch sql runs one query at a time (got {len(statements)})")
    kind = statements[0].type.name
    if kind not in QUERY_TYPES:
        raise UserError(
            f"jobwatch sql runs read-only queries only, not a {kind} statement "
            "(for a scratch database of your own, use the duckdb shell)"
        )


def run_sql(home: Path, query: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one ad-hoc query on the warehouse file opened read-only in a locked-down session;
    a refused statement or a SQL error becomes a one-line UserError."""
    path = warehouse_file(home)
    with tempfile.TemporaryDirectory(prefix="jobwatch-sql-") as spill:
        config = {**LOCKED, "temp_directory": spill}  # spills never land beside the warehouse
        try:
            con = duckdb.connect(str(path), read_only=True, config=config)
        except duckdb.Error as exc:
            raise UserError(f"cannot open warehouse at {path}: {first_line(exc)}") from None
        try:
            query_only(con, query)
            cur = con.execute(query)
            columns = [d[0] for d in cur.description or []]
            return columns, cur.fetchall()
        except duckdb.Error as exc:
            raise UserError(f"query failed: {first_line(exc)}") from None
        finally:
            con.close()
