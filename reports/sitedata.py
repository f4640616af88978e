"""What the site shows, read from the warehouse: role figures, trends, pairs, distributions."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jobwatch.core.errors import UserError
from jobwatch.reports.verdict import compare
from jobwatch.warehouse import stats

if TYPE_CHECKING:
    import duckdb

TOP_ROLES = 6
SEED_PAIRS = (
    ("AI/ML Engineer", "AI Software Engineer"),
    ("MLOps Engineer", "AI Software Engineer"),
)


@dataclass
class SiteData:
    """The figures of one week: roles in rank order, their trends, and the compared pairs."""

    week: str
    roles: list[dict[str, Any]]
    trends: dict[str, list[dict[str, Any]]]
    pairs: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    min_salary_n: int | None = None
    min_title_n: int | None = None


def role_trend(con: duckdb.DuckDBPyConnection, role: str, week: str) -> list[dict[str, Any]]:
    """Weekly open positions, median salary and remote % up to `week` (the warehouse's own when
    it has `stats.role_trend`)."""
    own = getattr(stats, "role_trend", None)
    if own is not None:
        rows = [dict(r) for r in own(con, role)]
        return [r for r in rows if str(r["week"])[:10] <= week]
    cur = con.execute(
        "select week, open_positions, salary_median, salary_n, remote_pct from mart_role_week "
        "where role = ? and week <= ? order by week",
        [role, dt.date.fromisoformat(week)],
    )
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def salary_ceilings(con: duckdb.DuckDBPyConnection, role: str, week: str) -> list[float]:
    """Per-posting salary ceilings of the role's canonical open postings (the median's base)."""
    rows = con.execute(
        "select salary_ceiling_usd from posting_weeks where week = ? and role = ? "
        "and is_canonical and salary_ceiling_usd is not null order by 1",
        [dt.date.fromisoformat(week), role],
    ).fetchall()
    return [float(r[0]) for r in rows]


def parse_pair(text: str) -> tuple[str, str]:
    """'A|B' -> (A, B); a clear UserError otherwise."""
    parts = [p.strip() for p in text.split("|")]
    if len(parts) != 2 or not all(parts):
        raise UserError(f'bad pair {text!r}: write it as "Role A|Role B"')
    return parts[0], parts[1]


def closest(role: dict[str, Any], roles: list[dict[str, Any]]) -> str | None:
    """The other role sharing most of `role`'s top skills (ties: more open positions first)."""
    others = [r for r in roles if r["role"] != role["role"]]
    if not others:
        return None
    mine = set(role["top_skills"])
    best = max(others, key=lambda r: (len(mine & set(r["top_skills"])), r["open_positions"]))
    return str(best["role"])


def default_pairs(roles: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """The seed pairs, every pair among the largest roles (larger first), then each remaining
    role with the role closest to it in skills, so every role has a comparison page."""
    largest = [r["role"] for r in roles if r["open_positions"]][:TOP_ROLES]
    pairs = list(SEED_PAIRS) + list(itertools.combinations(largest, 2))
    for role in roles:
        partner = closest(role, roles)
        if partner and not any(role["role"] in p for p in pairs):
            pairs.append((role["role"], partner))
    return pairs


def _unique(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: set[frozenset[str]] = set()
    out = []
    for a, b in pairs:
        key = frozenset((a, b))
        if key not in seen:
            seen.add(key)
            out.append((a, b))
    return out


def _pair(con: duckdb.DuckDBPyConnection, a: str, b: str, week: str) -> dict[str, Any]:
    result = compare(con, a, b, week)
    result["ceilings"] = {name: salary_ceilings(con, name, week) for name in result["roles"]}
    return result


def load(
    con: duckdb.DuckDBPyConnection,
    pairs: list[tuple[str, str]] | None = None,
    week: str | None = None,
) -> SiteData:
    """Everything the pages need. Explicit pairs must resolve; default pairs whose roles the
    warehouse does not have are skipped and reported."""
    roles = stats.role_stats(con, week=week)
    if not roles:
        raise UserError("the warehouse has no roles in this week; nothing to report")
    when = roles[0]["week"]
    info = con.execute("select min_salary_n, min_title_n from warehouse_info").fetchone()
    data = SiteData(when, roles, {r["role"]: role_trend(con, r["role"], when) for r in roles})
    data.min_salary_n, data.min_title_n = info if info else (None, None)
    wanted = _unique(pairs if pairs is not None else default_pairs(roles))
    known = {r["role"] for r in roles}
    for a, b in wanted:
        if pairs is None and not {a, b} <= known:
            data.skipped.append(f"{a} vs {b}: not in this week's roles")
            continue
        data.pairs.append(_pair(con, a, b, when))
    return data
