"""What changed since last week, read from the warehouse for the run's report artifact."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from jobwatch.warehouse.connect import connect_readonly

if TYPE_CHECKING:
    import datetime as dt

    import duckdb

TOP_MOVES = 5

PER_SOURCE = """
select p.source,
    count(*) filter (where w.posting_id is not null) as open_now,
    count(*) filter (where p.first_seen = $week) as new,
    count(*) filter (where p.closed_at = $week) as closed
from postings p
left join posting_weeks w on w.posting_id = p.posting_id and w.week = $week
group by 1 order by 1
"""

OPEN_MOVES = """
select role, open_positions, open_positions_wow from mart_role_week
where week = $week and coalesce(open_positions_wow, 0) != 0
order by abs(open_positions_wow) desc, role limit $k
"""

SALARY_MOVES = """
select role, salary_median, salary_median_wow, salary_n from mart_role_week
where week = $week and salary_median_wow is not null and salary_median_wow != 0
order by abs(salary_median_wow) desc, role limit $k
"""


# The boards of these crawls whose count fell suddenly (warehouse/sql/11_crawl_runs.sql).
SUDDEN_DROPS = """
select crawl_id, source, board, items, recent_median, error from crawl_runs
where sudden_drop and crawl_id in (select unnest($ids::VARCHAR[]))
order by source, board
"""


def _dicts(
    con: duckdb.DuckDBPyConnection, query: str, params: dict[str, Any]
) -> list[dict[str, Any]]:
    cur = con.execute(query, params)
    cols = [d[0] for d in cur.description or []]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def _count(con: duckdb.DuckDBPyConnection, week: dt.date | None) -> int | None:
    if week is None:
        return None
    row = con.execute("select count(*) from posting_weeks where week = ?", [week]).fetchone()
    return int(row[0]) if row else 0


def week_changes(home: Path, week: dt.date) -> dict[str, Any]:
    """Open/new/closed postings per source and the biggest role moves of `week` vs the previous."""
    con = connect_readonly(Path(home))
    try:
        row = con.execute("select prev_week from weeks where week = ?", [week]).fetchone()
        prev = row[0] if row else None
        params = {"week": week, "k": TOP_MOVES}
        return {
            "week": week,
            "prev_week": prev,
            "open_now": _count(con, week),
            "open_prev": _count(con, prev),
            "by_source": _dicts(con, PER_SOURCE, {"week": week}),
            "open_moves": _dicts(con, OPEN_MOVES, params),
            "salary_moves": _dicts(con, SALARY_MOVES, params),
        }
    finally:
        con.close()


def sudden_drops(home: Path, crawls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The run's boards whose ok crawl the warehouse holds as a sudden drop (partial)."""
    ids = sorted({run["crawl_id"] for crawl in crawls for run in crawl.get("runs", [])})
    con = connect_readonly(Path(home))
    try:
        return _dicts(con, SUDDEN_DROPS, {"ids": ids})
    finally:
        con.close()
