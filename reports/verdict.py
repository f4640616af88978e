"""Verdict sentences generated from two roles' figures; each states the numbers it rests on."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jobwatch.reports import noise
from jobwatch.warehouse.stats import compare_figures, min_salary_n

if TYPE_CHECKING:
    import datetime as dt

    import duckdb


def _usd_k(value: float) -> str:
    return f"${value / 1000:,.0f}K"


def _salary_gap(name: str, role: dict[str, Any], min_n: int | None) -> str:
    n = role["salary_n"]
    if not n:
        return f"{name} has no disclosed salaries"
    floor = f" (minimum {min_n})" if min_n is not None else ""
    return f"{name} has only {n} disclosed salar{'y' if n == 1 else 'ies'}{floor}"


def pay_sentence(
    name_a: str, a: dict[str, Any], name_b: str, b: dict[str, Any], min_n: int | None
) -> str:
    """The higher median salary ceiling, called only outside the noise (reports/noise.py);
    withheld when either role's salary figures are suppressed."""
    if a["salary_median"] is None or b["salary_median"] is None:
        gaps = [
            _salary_gap(n, r, min_n)
            for n, r in ((name_a, a), (name_b, b))
            if r["salary_median"] is None
        ]
        return "Salary comparison withheld: " + "; ".join(gaps) + "."
    (hi_name, hi), (lo_name, lo) = sorted(
        ((name_a, a), (name_b, b)), key=lambda item: item[1]["salary_median"], reverse=True
    )
    figures = (
        f"median salary ceiling {_usd_k(hi['salary_median'])} for {hi_name} and "
        f"{_usd_k(lo['salary_median'])} for {lo_name}, n={hi['salary_n']} and {lo['salary_n']}"
    )
    differ = noise.medians_differ(a, b)
    if differ is None:
        return f"Pay cannot be told apart: too few salaries for a confidence interval ({figures})."
    if not differ:
        return f"Pay is about the same: the 95% confidence intervals overlap ({figures})."
    return (
        f"Choose {hi_name} for higher pay: its median salary ceiling is "
        f"{_usd_k(hi['salary_median'])} against {_usd_k(lo['salary_median'])}, and the 95% "
        f"confidence intervals do not overlap (n={hi['salary_n']} and {lo['salary_n']})."
    )


def openings_sentence(name_a: str, a: dict[str, Any], name_b: str, b: dict[str, Any]) -> str:
    x, y = a["open_positions"], b["open_positions"]
    if x == y:
        if x == 0:
            return f"Neither {name_a} nor {name_b} has open positions in the week of {a['week']}."
        return f"{name_a} and {name_b} have the same number of open positions ({x})."
    hi_name, hi, lo = (name_a, x, y) if x > y else (name_b, y, x)
    return f"Choose {hi_name} for more openings: {hi} vs {lo} open positions."


def remote_sentence(name_a: str, a: dict[str, Any], name_b: str, b: dict[str, Any]) -> str | None:
    """Which role is more often remote, or "about the same" when the gap is inside the noise."""
    x, y = a["remote_pct"], b["remote_pct"]
    if x is None or y is None:
        return None
    if not noise.remote_differs(a, b):
        return f"Remote work is about as common in both: {x:.0f}% vs {y:.0f}% of open positions."
    hi_name, hi, lo = (name_a, x, y) if x > y else (name_b, y, x)
    return f"{hi_name} is more often remote: {hi:.0f}% vs {lo:.0f}% of open positions."


def skills_sentence(a: dict[str, Any], b: dict[str, Any], top: int = 8) -> str:
    shared = [s for s in a["top_skills"] if s in b["top_skills"]]
    if not shared:
        return f"The two roles share none of their top-{top} skills."
    pct = 100.0 * len(shared) / top
    return f"They share {len(shared)} of their top-{top} skills ({pct:g}%): {', '.join(shared)}."


def verdict(
    name_a: str, a: dict[str, Any], name_b: str, b: dict[str, Any], min_n: int | None
) -> list[str]:
    sentences = [
        pay_sentence(name_a, a, name_b, b, min_n),
        openings_sentence(name_a, a, name_b, b),
        remote_sentence(name_a, a, name_b, b),
        skills_sentence(a, b),
    ]
    return [s for s in sentences if s]


def compare(
    con: duckdb.DuckDBPyConnection, role_a: str, role_b: str, week: str | dt.date | None = None
) -> dict[str, Any]:
    """The `jobwatch compare --json` object: the warehouse's figures of both roles, the skills
    they share, and the verdict phrased from those figures."""
    result = compare_figures(con, role_a, role_b, week)
    (name_a, a), (name_b, b) = result["roles"].items()
    result["verdict"] = verdict(name_a, a, name_b, b, min_salary_n(con))
    return result
