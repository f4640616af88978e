"""Each board's latest crawl and how many of its latest crawled weeks in a row failed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jobwatch.warehouse.connect import connect_readonly

if TYPE_CHECKING:
    from pathlib import Path

# n = 1 is the board's latest crawled week; a streak ends at its latest week that did not fail
# (a sudden drop is partial, not failed: the board answered).
STREAKS_SQL = """
with ranked as (
    select source, board, week, status, error, stale_slug,
        row_number() over (partition by source, board order by week desc) as n
    from crawl_runs
),
streaks as (
    select source, board,
        coalesce(min(n) filter (where status <> 'failed'), count(*) + 1) - 1 as failing_weeks
    from ranked
    group by source, board
)
select ranked.source, ranked.board, ranked.week as last_week, ranked.status as last_status,
    ranked.error, ranked.stale_slug, streaks.failing_weeks,
    (select min(r.week) from ranked r where r.source = ranked.source and r.board = ranked.board
        and r.n <= streaks.failing_weeks) as failing_since
from ranked
inner join streaks using (source, board)
where ranked.n = 1
"""


def board_streaks(home: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """(platform, board) -> last_week, last_status, error, stale_slug, failing_weeks,
    failing_since (dates as ISO text); empty without a warehouse."""
    from jobwatch.core.config import paths

    if not paths(home).warehouse.is_file():
        return {}
    con = connect_readonly(home)
    try:
        cur = con.execute(STREAKS_SQL)
        columns = [d[0] for d in cur.description or []]
        rows = [dict(zip(columns, row, strict=True)) for row in cur.fetchall()]
    finally:
        con.close()
    for row in rows:
        for name in ("last_week", "failing_since"):
            row[name] = row[name].isoformat() if row[name] is not None else None
    return {(row["source"], row["board"]): row for row in rows}
