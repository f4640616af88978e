"""Template contexts of the index and the role pages, computed from the site data (no I/O)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jobwatch.reports import prose
from jobwatch.reports.figures import Figure, figure
from jobwatch.reports.pages import SIDE_BY_SIDE, mix_rows, related, role_file, skill_rows, trend
from jobwatch.reports.svg import COLORS, MIN_TREND_WEEKS, sparkline

if TYPE_CHECKING:
    from jobwatch.reports.sitedata import SiteData


def _compact(fig: Figure) -> Figure:
    """The index keeps only the week-over-week change of open positions (the sparkline shows
    the rest): thirteen rows of four changes each do not fit a table."""
    if fig.key != "open_positions":
        fig.wow = ""
    elif fig.wow.endswith(" since last week"):
        fig.wow = fig.wow.replace(" since last week", " vs last week")
    return fig


def index_context(data: SiteData) -> dict[str, Any]:
    rows = []
    for role in data.roles:
        weekly = data.trends.get(role["role"], [])
        label = f"Open positions per week, {role['role']}"
        counts = [t["open_positions"] for t in weekly]
        rows.append(
            {
                "role": role,
                "file": role_file(role["role"]),
                "figures": {
                    k: _compact(figure(role, k))
                    for k in ("open_positions", "share_of_tracked", "salary_median", "remote_pct")
                },
                "spark": sparkline(counts, label) if len(counts) >= MIN_TREND_WEEKS else None,
                "counts": counts,
                "weeks": len(weekly),
            }
        )
    return {
        "week": data.week,
        "rows": rows,
        "pages": [(p["title"], p["file"]) for p in data.pairs],
        "min_salary_n": data.min_salary_n,
        "min_weeks": MIN_TREND_WEEKS,
        "tracked": data.roles[0]["tracked_total"],
        "skipped": data.skipped,
    }


def role_context(role: dict[str, Any], data: SiteData) -> dict[str, Any]:
    """One role's page: its figures, skills, hiring, senior titles, trend and comparisons."""
    name = role["role"]
    return {
        "title": name,
        "week": data.week,
        "role": role,
        "color": COLORS[0],
        "share": prose.share_sentence(name, role, data.roles),
        "rows": [(label, figure(role, key)) for label, key in SIDE_BY_SIDE],
        "skills": skill_rows(role),
        "mix_row": (name, role["seniority_n"], mix_rows(role)),
        "seniority_text": prose.seniority_sentence(name, role),
        "metros_text": prose.metros_sentence(name, role),
        "titles_text": prose.titles_sentence(name, role, data.min_title_n),
        "trend": trend([name], COLORS, data, f"Open positions per week, {name}"),
        "min_salary_n": data.min_salary_n,
        "related": related(data, name),
    }
