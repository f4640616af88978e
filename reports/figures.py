"""A figure as the pages show it: display text, its n, a tooltip, the week-over-week change, and
the raw value carried in data attributes so a test can check it against `compare --json`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from jobwatch.reports.formatting import count, money, pct

if TYPE_CHECKING:
    from collections.abc import Callable

MONEY = {
    "salary_min_mean",
    "salary_max_mean",
    "salary_mean",
    "salary_p25",
    "salary_median",
    "salary_p75",
}
PERCENT = {
    "share_of_tracked",
    "remote_pct",
    "entry_pct",
    "mid_pct",
    "senior_pct",
    "salary_coverage_pct",
    "top_company_share_pct",
}


@dataclass
class Figure:
    role: str
    key: str
    value: Any
    display: str
    note: str = ""
    tip: str = ""
    wow: str = ""

    @property
    def raw(self) -> str:
        """The JSON value, as `compare --json` prints it ('' for null)."""
        return "" if self.value is None else json.dumps(self.value)


def fmt(key: str, value: Any) -> str:
    if key in MONEY:
        return money(value)
    if key in PERCENT:
        return pct(value)
    return count(value) if isinstance(value, int) or value is None else str(value)


def change(key: str, delta: float | None) -> str:
    """'+3 since last week', '−$5K ...', '+2.1 pts ...'; empty when there is no previous week."""
    if delta is None:
        return ""
    if delta == 0:
        return "no change since last week"
    sign = "+" if delta > 0 else "−"
    # a change too small to show at the display's precision still says which way it went
    if key in MONEY:
        size = money(abs(delta)) if abs(delta) >= 500 else "<$1K"
    elif key in PERCENT:
        size = f"{abs(delta):.1f} pts" if abs(delta) >= 0.05 else "<0.1 pts"
    else:
        size = f"{abs(delta):,.0f}"
    return f"{sign}{size} since last week"


def coverage(role: dict[str, Any]) -> float | None:
    """Share of open positions with disclosed pay: the warehouse's figure, else salary_n / open."""
    own: float | None = role.get("salary_coverage_pct")
    if own is not None or not role["open_positions"]:
        return own
    return 100.0 * float(role["salary_n"]) / float(role["open_positions"])


def salary_tip(role: dict[str, Any]) -> str:
    n, total = role["salary_n"], role["open_positions"]
    tip = f"n={n} postings with disclosed pay of {total} open ({pct(coverage(role))} coverage)"
    ci = role.get("salary_median_ci")
    if ci and ci[0] is not None and ci[1] is not None:
        level = role.get("salary_median_ci_coverage_pct")
        label = f"{level:.0f}%" if level is not None else "95%"
        tip += f"; median {label} CI {money(ci[0])}–{money(ci[1])}"
    if role.get("salary_suppressed_reason"):
        tip += f"; suppressed: {role['salary_suppressed_reason']}"
    return tip


def _notes(role: dict[str, Any]) -> dict[str, Callable[[], tuple[str, str]]]:
    open_n = role["open_positions"]

    def sal() -> tuple[str, str]:
        return f"n={role['salary_n']}", salary_tip(role)

    def mix() -> tuple[str, str]:
        known = role["seniority_n"]
        return f"n={known}", f"of {known} postings with a known seniority"

    return {
        "open_positions": lambda: ("", "open clusters: a job seen on several sources counts once"),
        "share_of_tracked": lambda: (
            f"of {role['tracked_total']:,}",
            f"{open_n} of {role['tracked_total']} open positions in all tracked roles",
        ),
        "salary_n": lambda: (f"{pct(coverage(role))} coverage", salary_tip(role)),
        "remote_pct": lambda: (
            f"n={open_n}",
            f"{role['remote_n']} fully remote of {open_n} open positions; hybrid is not remote",
        ),
        "companies_n": lambda: ("", "distinct companies with open positions in the role"),
        "top_company_share_pct": lambda: (
            f"n={role.get('top_company_n')}",
            "share of the role's open positions at its largest hiring company",
        ),
        **dict.fromkeys(MONEY, sal),
        **dict.fromkeys(("entry_pct", "mid_pct", "senior_pct"), mix),
    }


def figure(role: dict[str, Any], key: str) -> Figure:
    """The figure `key` of one role object of `compare --json`, ready for a template."""
    value = role.get(key)
    note, tip = _notes(role).get(key, lambda: ("", ""))()
    wow = change(key, (role.get("week_over_week") or {}).get(key))
    return Figure(role["role"], key, value, fmt(key, value), note, tip, wow)
