"""Per-role figures and role-vs-role comparisons read from the marts (parameters only)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jobwatch.core.config import parse_week, week_of
from jobwatch.core.errors import UserError

if TYPE_CHECKING:
    import datetime as dt

    import duckdb

TOP_SKILLS = 8
TOP_LIST = 10  # companies and metros shown per role
TOP_TITLES = 5  # senior titles shown per role (the career path)

FIGURES = [
    "role_id",
    "open_positions",
    "tracked_total",
    "share_of_tracked",
    "salary_n",
    "salary_coverage_pct",
    "min_salary_n",
    "salary_min_mean",
    "salary_max_mean",
    "salary_p25",
    "salary_median",
    "salary_mean",
    "salary_p75",
    "salary_median_ci_coverage_pct",
    "salary_mid_p25",
    "salary_mid_median",
    "salary_mid_p75",
    "salary_floor_p25",
    "salary_floor_median",
    "salary_floor_p75",
    "salary_suppressed_reason",
    "remote_n",
    "remote_pct",
    "seniority_n",
    "entry_pct",
    "mid_pct",
    "senior_pct",
    "companies_n",
    "top_company_n",
    "top_company_share_pct",
]
WOW = [
    "open_positions",
    "tracked_total",
    "share_of_tracked",
    "salary_n",
    "salary_coverage_pct",
    "salary_min_mean",
    "salary_max_mean",
    "salary_mean",
    "salary_p25",
    "salary_median",
    "salary_p75",
    "salary_mid_median",
    "salary_floor_median",
    "remote_pct",
    "entry_pct",
    "mid_pct",
    "senior_pct",
    "companies_n",
    "top_company_share_pct",
]
TREND = ["open_positions", "salary_median", "salary_n", "remote_pct"]


def _rows(con: duckdb.DuckDBPyConnection, query: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = con.execute(query, params)
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def resolve_week(con: duckdb.DuckDBPyConnection, week: str | dt.date | None) -> dt.date:
    """The requested week (any day of it), or the latest one; UserError lists the known weeks."""
    rows = con.execute("select week from weeks order by week").fetchall()
    known: list[dt.date] = [r[0] for r in rows]
    if not known:
        raise UserError("the warehouse has no weeks yet; run `jobwatch refresh` first")
    if week is None:
        return known[-1]
    try:
        wanted = parse_week(week) if isinstance(week, str) else week_of(week)
    except (ValueError, UserError):
        raise UserError(f"bad week {week!r}: use YYYY-MM-DD") from None
    assert wanted is not None
    if wanted not in known:
        listed = ", ".join(w.isoformat() for w in known)
        raise UserError(f"no data for week {wanted}; known weeks: {listed}")
    return wanted


def resolve_role(con: duckdb.DuckDBPyConnection, role: str) -> str:
    """A role's display name from its display name (any case) or taxonomy id."""
    names = con.execute(
        "select distinct role, role_id from mart_role_week order by role"
    ).fetchall()
    for name, role_id in names:
        if role.strip().lower() in (name.lower(), (role_id or "").lower()):
            return str(name)
    listed = ", ".join(name for name, _ in names) or "none yet"
    raise UserError(f"unknown role {role!r}; known roles: {listed}")


def _ranked(
    con: duckdb.DuckDBPyConnection, mart: str, col: str, role: str, week: dt.date, k: int
) -> list[tuple[Any, ...]]:
    # mart and col are constants of this module, never user input
    query = f"select {col}, n from {mart} where role = ? and week = ? and rank <= ? order by rank"
    return con.execute(query, [role, week, k]).fetchall()


def _role_object(con: duckdb.DuckDBPyConnection, row: dict[str, Any]) -> dict[str, Any]:
    role, week = row["role"], row["week"]
    skills = _ranked(con, "mart_role_skills", "skill", role, week, TOP_SKILLS)
    out = {"role": role, "week": week.isoformat()} | {k: row[k] for k in FIGURES}
    out["experience_mix"] = {s: row[f"{s}_pct"] for s in ("entry", "mid", "senior")}
    out["top_skills"] = [name for name, _ in skills]
    out["top_skill_counts"] = [[name, n] for name, n in skills]
    out["top_companies"] = [
        list(r) for r in _ranked(con, "mart_role_companies", "company", role, week, TOP_LIST)
    ]
    out["top_metros"] = [
        list(r) for r in _ranked(con, "mart_role_metros", "metro", role, week, TOP_LIST)
    ]
    out["senior_titles"] = [
        list(r) for r in _ranked(con, "mart_role_senior_titles", "title", role, week, TOP_TITLES)
    ]
    low, high = row["salary_median_ci_low"], row["salary_median_ci_high"]
    out["salary_median_ci"] = None if low is None or high is None else [low, high]
    sources = con.execute(
        "select source, n from mart_role_sources where role = ? and week = ?"
        " order by n desc, source",
        [role, week],
    ).fetchall()
    out["source_mix"] = dict(sources)
    out["week_over_week"] = {k: row[f"{k}_wow"] for k in WOW}
    return out


def role_stats(
    con: duckdb.DuckDBPyConnection, role: str | None = None, week: str | dt.date | None = None
) -> list[dict[str, Any]]:
    """Figures of one role (or every role, most openings first) in a week (default: latest)."""
    when = resolve_week(con, week)
    query = "select * from mart_role_week where week = ?"
    params: list[Any] = [when]
    if role is not None:
        query += " and role = ?"
        params.append(resolve_role(con, role))
    rows = _rows(con, query + " order by open_positions desc, role", params)
    return [_role_object(con, row) for row in rows]


def role_trend(con: duckdb.DuckDBPyConnection, role: str) -> list[dict[str, Any]]:
    """One dict per week, oldest first (sparklines): week, openings, median salary, n, remote %."""
    name = resolve_role(con, role)
    query = f"select week, {', '.join(TREND)} from mart_role_week where role = ? order by week"
    rows = _rows(con, query, [name])
    return [row | {"week": row["week"].isoformat()} for row in rows]


def min_salary_n(con: duckdb.DuckDBPyConnection) -> int | None:
    """The fewest disclosed salaries a role needs before its salary figures are shown."""
    row = con.execute("select min_salary_n from warehouse_info").fetchone()
    return int(row[0]) if row and row[0] is not None else None


def compare_figures(
    con: duckdb.DuckDBPyConnection, role_a: str, role_b: str, week: str | dt.date | None = None
) -> dict[str, Any]:
    """Both roles' figures in one week, and the top skills they share (reports phrase them)."""
    when = resolve_week(con, week)
    name_a, name_b = resolve_role(con, role_a), resolve_role(con, role_b)
    if name_a == name_b:
        raise UserError(f"compare needs two different roles, got {name_a!r} twice")
    a = role_stats(con, name_a, when)[0]
    b = role_stats(con, name_b, when)[0]
    shared = [s for s in a["top_skills"] if s in b["top_skills"]]
    a["unique_skills"] = [s for s in a["top_skills"] if s not in b["top_skills"]]
    b["unique_skills"] = [s for s in b["top_skills"] if s not in a["top_skills"]]
    return {
        "week": when.isoformat(),
        "roles": {name_a: a, name_b: b},
        "shared_skills": shared,
        "overlap_pct": 100.0 * len(shared) / TOP_SKILLS,
    }
