"""Template contexts of the index and pair pages, computed from the site data (no I/O)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from jobwatch.reports import noise, prose
from jobwatch.reports.charts import SalarySeries, responsive, salary_chart, trend_chart
from jobwatch.reports.faq import faq
from jobwatch.reports.figures import figure
from jobwatch.reports.formatting import DASH, pct
from jobwatch.reports.svg import COLORS, MIN_TREND_WEEKS

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


def role_file(name: str) -> str:
    return f"role-{slug(name)}.html"


def skill_rows(role: dict[str, Any]) -> list[tuple[str, float, str]]:
    """(skill, share of the role's open positions 0-100, 'share (n)') for the HTML bars."""
    total = role["open_positions"] or 0
    rows = []
    for name, n in role.get("top_skill_counts") or []:
        share = 100.0 * n / total if total else 0.0
        rows.append((name, share, f"{pct(share)} ({n})"))
    return rows


def mix_rows(role: dict[str, Any]) -> list[tuple[str, float]]:
    """(level, share 0-100) of the role's postings with a known seniority, senior first."""
    mix = role["experience_mix"]
    return [(level, mix[level] or 0.0) for level in ("senior", "mid", "entry")]


def trend(names: list[str], colors: tuple[str, ...], data: SiteData, label: str) -> dict[str, Any]:
    """A trend chart from MIN_TREND_WEEKS weeks on; before that the weeks' counts as a table."""
    series = [
        (n, c, [(str(t["week"])[:10], t["open_positions"]) for t in data.trends[n]])
        for n, c in zip(names, colors, strict=False)
    ]
    weeks = sorted({w for _, _, pts in series for w, _ in pts})
    rows = [(w, [dict(pts).get(w) for _, _, pts in series]) for w in weeks]
    chart = None
    if len(weeks) >= MIN_TREND_WEEKS:
        chart = responsive(lambda width: trend_chart(series, label, width))
    return {"chart": chart, "rows": rows, "weeks": len(weeks), "min_weeks": MIN_TREND_WEEKS}


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
    label = f"Salary ceilings of {na} and {nb} postings"
    return {
        "salary": responsive(lambda width: salary_chart(series, label, width)),
        "trend": trend([na, nb], COLORS, data, f"Open positions per week, {na} and {nb}"),
        "mix": [(n, r["seniority_n"], mix_rows(r)) for n, r in ((na, a), (nb, b))],
        "skills": [skill_rows(r) for r in (a, b)],
    }


def related(data: SiteData, name: str, current: str | None = None) -> list[tuple[str, str]]:
    """The comparison pages involving role `name` (title, file), the current page left out."""
    return [
        (p["title"], p["file"]) for p in data.pairs if name in p["roles"] and p["file"] != current
    ]


def pair_context(result: dict[str, Any], data: SiteData) -> dict[str, Any]:
    (na, a), (nb, b) = result["roles"].items()
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
        "titles_text": [
            prose.titles_sentence(n, r, data.min_title_n) for n, r in ((na, a), (nb, b))
        ],
        "shared": result["shared_skills"],
        "overlap": result["overlap_pct"],
        "faq": faq(result),
        "noise_rule": noise.RULE,
        "source_mix": [_source_mix(a), _source_mix(b)],
        "charts": _charts(result, data),
        "min_salary_n": data.min_salary_n,
        "role_files": [role_file(na), role_file(nb)],
        "related": [(n, related(data, n, result["file"])) for n in (na, nb)],
    }
