"""What the warehouse holds, for `jobwatch status`: weeks, rows per table, the last crawl."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jobwatch.warehouse.connect import connect_readonly

if TYPE_CHECKING:
    from pathlib import Path

    import duckdb


def inventory(home: Path) -> dict[str, Any]:
    """Weeks with their board counts, exact row counts per table, and the last week's crawl
    health (boards by status, the boards that were not ok with their error)."""
    con = connect_readonly(home)
    try:
        return {
            "weeks": _rows(con, "select * from weeks order by week"),
            "tables": dict(_table_counts(con)),
            "last_crawl": _last_crawl(con),
        }
    finally:
        con.close()


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[Any]:
    cur = con.execute(sql, params or [])
    columns = [d[0] for d in cur.description or []]
    return [dict(zip(columns, row, strict=True)) for row in cur.fetchall()]


def _table_counts(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int]]:
    names = [
        r[0]
        for r in con.execute(
            "select table_name from duckdb_tables() where database_name = 'warehouse' order by 1"
        ).fetchall()
    ]
    counts = []
    for name in names:
        row = con.execute(f'select count(*) from "{name}"').fetchone()
        counts.append((name, int(row[0]) if row else 0))
    return counts


def _last_crawl(con: duckdb.DuckDBPyConnection) -> dict[str, Any] | None:
    last = con.execute("select max(week) from crawl_runs").fetchone()
    if not last or last[0] is None:
        return None
    week = last[0]
    by_status = dict(
        con.execute(
            "select status, count(*) from crawl_runs where week = ? group by 1", [week]
        ).fetchall()
    )
    not_ok = _rows(
        con,
        "select source, board, status, error from crawl_runs "
        "where week = ? and status <> 'ok' order by source, board",
        [week],
    )
    return {"week": week.isoformat(), "boards": by_status, "not_ok": not_ok}
