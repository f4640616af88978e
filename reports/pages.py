"""Template contexts of the index and pair pages, computed from the site data (no I/O)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from jobwatch.reports import prose
from jobwatch.reports.charts import SalarySeries, salary_chart, trend_chart
from jobwatch.reports.figures import Figure, figure
from jobwatch.reports.formatting import DASH, pct
from jobwatch.reports.svg import COLORS, hbars, mix_bars, sparkline

if TYPE_CHECKING:
    from jobwatch.reports.sitedata import SiteData

SIDE_BY_SIDE = [
    ("Open positions", "open_positions"),
    ("Share of tracked postings", "share_of_tracked"),
    ("With disclosed compensation", "salary_n"),
    ("Avg salary range: floor", "salary_min_mean"),
    ("Avg salary range: ceiling", "salary_max_mean"),
    ("Median salary", "salary_median"),
    ("75th percentile", "salary_p75"),
    ("Remote %", "remote_pct"),
    ("Experience: senior", "senior_pct"),
    ("Experience: mid", "mid_pct"),
    ("Experience: entry", "entry_pct"),
]
OPTIONAL = [
    ("Companies hiring", "companies_n"),
    ("Largest company's share", "top_company_share_pct"),
]
DEEP_DIVE = [
    ("25th percentile", "salary_p25"),
    ("Median", "salary_median"),
    ("Average", "salary_mean"),
    ("75th percentile", "salary_p75"),
]


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "role"


def pair_file(a: str, b: str) -> str:
    return f"{slug(a)}-vs-{slug(b)}.html"


def career(role: dict[str, Any]) -> str:
    from jobwatch.pipeline.role import career_path

    try:
        return career_path(role["role_id"])
    except (StopIteration, KeyError, TypeError):
        return ""  # a role outside the packaged taxonomy has no career-path text


def skill_rows(role: dict[str, Any]) -> list[tuple[str, float | None, str]]:
    total = role["open_positions"] or 0
    rows = []
    for name, n in role.get("top_skill_counts") or []:
        share = 100.0 * n / total if total else None
        rows.append((name, share, f"{pct(share)} ({n})"))
    return rows


def _rows(a: dict[str, Any], b: dict[str, Any]) -> list[tuple[str, list[Any]]]:
    wanted = SIDE_BY_SIDE + [o for o in OPTIONAL if o[1] in a or o[1] in b]
    return [(label, [figure(a, key), figure(b, key)]) for label, key in wanted]


def _source_mix(role: dict[str, Any]) -> str:
    mix = role.get("source_mix")
    if not mix:
        return DASH
    items = mix.items() if isinstance(mix, dict) else [tuple(x) for x in mix]
    return ", ".join(f"{k}: {v}" for k, v in items)


def _charts(result: dict[str, Any], data: SiteData) -> dict[str, Any]:
    (na, a), (nb, b) = result["roles"].items()
    series = [
        SalarySeries(
            n, c, result["ceilings"][n], r["salary_p25"], r["salary_median"], r["salary_p75"]
        )
        for (n, r), c in zip(((na, a), (nb, b)), COLORS, strict=True)
    ]
    trend = [
        (n, c, [(str(t["week"])[:10], t["open_positions"]) for t in data.trends[n]])
        for n, c in zip((na, nb), COLORS, strict=True)
    ]
    mix = [(n, r["experience_mix"], r["seniority_n"]) for n, r in ((na, a), (nb, b))]
    return {
        "salary": salary_chart(series, f"Salary ceilings of {na} and {nb} postings"),
        "trend": trend_chart(trend, f"Open positions per week, {na} and {nb}"),
        "mix": mix_bars(mix, f"Experience mix of {na} and {nb}"),
        "skills": [
            hbars(skill_rows(r), f"Top skills of {n}: share of postings", c)
            for (n, r), c in zip(((na, a), (nb, b)), COLORS, strict=True)
        ],
    }


def pair_context(result: dict[str, Any], data: SiteData) -> dict[str, Any]:
    (na, a), (nb, b) = result["roles"].items()
    related = [p for p in data.pairs if p is not result and set(p["roles"]) & {na, nb}]
    return {
        "title": f"{na} vs {nb}",
        "week": result["week"],
        "names": (na, nb),
        "roles": (a, b),
        "colors": COLORS,
        "verdict": result["verdict"],
        "pay_line": result["verdict"][0],  # verdict() always starts with the pay sentence
        "shares": [prose.share_sentence(n, r, data.roles) for n, r in ((na, a), (nb, b))],
        "rows": _rows(a, b),
        "deep_dive": [(label, [figure(a, k), figure(b, k)]) for label, k in DEEP_DIVE],
        "salary_text": prose.salary_sentences(na, a, nb, b),
        "remote_text": prose.remote_sentence(na, a, nb, b),
        "seniority_text": [prose.seniority_sentence(n, r) for n, r in ((na, a), (nb, b))],
        "metros_text": [prose.metros_sentence(n, r) for n, r in ((na, a), (nb, b))],
        "shared": result["shared_skills"],
        "overlap": result["overlap_pct"],
        "switching": [
            prose.switching_sentence(
                result["shared_skills"], result["overlap_pct"], nb, b["unique_skills"]
            ),
            prose.switching_sentence(
                result["shared_skills"], result["overlap_pct"], na, a["unique_skills"]
            ),
        ],
        "careers": [career(a), career(b)],
        "source_mix": [_source_mix(a), _source_mix(b)],
        "charts": _charts(result, data),
        "min_salary_n": data.min_salary_n,
        "related": [(p["title"], p["file"]) for p in related],
    }


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
        trend = data.trends.get(role["role"], [])
        label = f"Open positions per week, {role['role']}"
        rows.append(
            {
                "role": role,
                "figures": {
                    k: _compact(figure(role, k))
                    for k in ("open_positions", "share_of_tracked", "salary_median", "remote_pct")
                },
                "spark": sparkline([t["open_positions"] for t in trend], label),
                "weeks": len(trend),
            }
        )
    pages = [(p["title"], p["file"]) for p in data.pairs]
    return {
        "week": data.week,
        "rows": rows,
        "pages": pages,
        "min_salary_n": data.min_salary_n,
        "tracked": data.roles[0]["tracked_total"],
        "skipped": data.skipped,
    }
