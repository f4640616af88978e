"""The source registry joined with each board's last crawl health (the warehouse's crawl_runs)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from jobwatch.core.config import paths
from jobwatch.warehouse.connect import connect_readonly

if TYPE_CHECKING:
    from pathlib import Path

    from jobwatch.crawlers.sources import Source

# Per (source, board): the latest crawled week's row, and the latest week whose crawl was ok.
HEALTH_SQL = """
with ranked as (
    select *, row_number() over (partition by source, board order by week desc, crawl_id desc) as n
    from crawl_runs
)
select r.source, r.board, r.week, r.status, r.items, r.parse_errors, r.quarantined,
       r.stale_slug, r.error,
       (select max(week) from crawl_runs o
        where o.source = r.source and o.board = r.board and o.status = 'ok') as last_ok_week
from ranked r
where n = 1
"""
# A disabled board is crawled again when its last crawl is this old (the monthly re-probe).
REPROBE_AFTER = dt.timedelta(weeks=4)
NEVER = {
    "last_week": None,
    "status": None,
    "items": None,
    "last_ok_week": None,
    "stale_slug": None,
    "error": None,
}


def board_health(home: Path) -> dict[tuple[str, str], dict[str, Any]] | None:
    """(source, board) -> last crawl health; None when there is no warehouse yet."""
    if not paths(home).warehouse.is_file():
        return None
    con = connect_readonly(home)
    try:
        cur = con.execute(HEALTH_SQL)
        columns = [d[0] for d in cur.description or []]
        rows = [dict(zip(columns, row, strict=True)) for row in cur.fetchall()]
    finally:
        con.close()
    return {(r["source"], r["board"]): _health(r) for r in rows}


def _health(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "last_week": _day(row["week"]),
        "status": row["status"],
        "items": row["items"],
        "last_ok_week": _day(row["last_ok_week"]),
        "stale_slug": bool(row["stale_slug"]),
        "error": row["error"],
    }


def _day(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def registry_rows(
    sources: list[Source], health: dict[tuple[str, str], dict[str, Any]] | None
) -> list[dict[str, Any]]:
    """One row per registry entry: company, platform, board, host, the platform's own fields
    (declared in crawlers/platform.py: Lever's host, a JSON-LD site's url), where the row came
    from and what the company is, then its health."""
    return [
        {"company": s.company, "platform": s.platform, "board": s.board, "host": s.host}
        | {"fields": s.values(), "origin": s.origin, "website": s.website or None}
        | {"industry": s.industry or None, "ai": s.ai, "enabled": s.enabled, "note": s.note or None}
        | (health or {}).get((s.platform, s.board), NEVER)
        for s in sources
    ]


def reprobe_due(health: dict[str, Any] | None, week: dt.date) -> bool:
    """A disabled board is due when it was never crawled or last crawled 4+ weeks before `week`."""
    last = (health or {}).get("last_week")
    return last is None or week - dt.date.fromisoformat(last) >= REPROBE_AFTER


def next_run(
    sources: list[Source],
    health: dict[tuple[str, str], dict[str, Any]] | None,
    week: dt.date,
    *,
    ai_only: bool = False,
) -> list[Source]:
    """What a weekly run of `week` crawls: the enabled boards, and the disabled ones due their
    monthly re-probe (only the AI companies' with `ai_only`)."""
    found = health or {}
    return [
        s
        for s in sources
        if (s.ai or not ai_only) and (s.enabled or reprobe_due(found.get(s.key), week))
    ]
