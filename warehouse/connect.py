"""Read-only access to the warehouse for analysts, stats and exports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from jobwatch.core.config import paths
from jobwatch.core.errors import UserError


def connect_readonly(home: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to warehouse.duckdb (tables are visible unqualified).

    The file is ATTACHed to a fresh in-memory database rather than opened with duckdb.connect:
    duckdb.connect reuses a cached instance per path, which would keep serving the file a rebuild
    has just replaced while any older connection in this process is still open.
    """
    path = paths(Path(home)).warehouse
    if not path.is_file():
        raise UserError(f"no warehouse at {path}; run `jobwatch refresh` first")
    con = duckdb.connect(":memory:")
    try:
        con.execute("attach ? as warehouse (read_only)", [str(path)])
        con.execute("use warehouse")
    except duckdb.Error as exc:
        con.close()
        raise UserError(f"cannot open warehouse at {path}: {exc}") from None
    return con


def run_sql(home: Path, query: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one ad-hoc query read-only; a SQL error becomes a one-line UserError."""
    con = connect_readonly(home)
    try:
        cur = con.execute(query)
        columns = [d[0] for d in cur.description or []]
        return columns, cur.fetchall()
    except duckdb.Error as exc:
        raise UserError(f"query failed: {str(exc).splitlines()[0]}") from None
    finally:
        con.close()
