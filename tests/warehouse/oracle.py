"""Every figure of `jobwatch compare --json`, recomputed in pandas from the exported Parquet."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

SALARY = [
    "salary_min_mean",
    "salary_max_mean",
    "salary_mean",
    "salary_p25",
    "salary_median",
    "salary_p75",
    "salary_mid_p25",
    "salary_mid_median",
    "salary_mid_p75",
    "salary_floor_p25",
    "salary_floor_median",
    "salary_floor_p75",
]


def median_ci(values: pd.Series) -> list[float] | None:
    """Exact distribution-free 95% CI: order statistics L and n-L+1, P(Bin(n,1/2) < L) <= 2.5%."""
    xs, n = sorted(values), len(values)
    cdf, rank = 0.0, 0
    while cdf + math.comb(n, rank) / 2**n <= 0.025:
        cdf += math.comb(n, rank) / 2**n
        rank += 1
    return [xs[rank - 1], xs[n - rank]] if rank else None


def _ranked(counts: pd.Series, k: int) -> list[list]:
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [[name, int(n)] for name, n in items[:k]]


def _salary(df: pd.DataFrame, min_n: int) -> dict[str, Any]:
    ceiling = df["salary_max_usd"].fillna(df["salary_min_usd"]).dropna()
    floor = df["salary_min_usd"].fillna(df["salary_max_usd"]).dropna()
    mid = (ceiling + floor) / 2
    out: dict[str, Any] = {"salary_n": len(ceiling)}
    shown = len(ceiling) >= min_n
    figures = {
        "salary_min_mean": floor.mean(),
        "salary_max_mean": ceiling.mean(),
        "salary_mean": ceiling.mean(),
    }
    for name, series in (("", ceiling), ("_mid", mid), ("_floor", floor)):
        for q, label in ((0.25, "p25"), (0.5, "median"), (0.75, "p75")):
            figures[f"salary{name}_{label}"] = series.quantile(q)
    out |= {k: (v if shown else None) for k, v in figures.items()}
    out["salary_median_ci"] = median_ci(ceiling) if shown else None
    out["salary_suppressed_reason"] = (
        None if shown else f"salary_n={len(ceiling)} below minimum {min_n}"
    )
    return out


def _pct(part: float, whole: float) -> float | None:
    return 100.0 * part / whole if whole else None


def role_figures(week: pd.DataFrame, role: str, min_n: int) -> dict[str, Any]:
    """One role's figures in one week; `week` holds that week's exported postings."""
    population = week[week["is_canonical"] & week["role"].notna()]
    df = population[population["role"] == role]
    n = len(df)
    known = df["seniority"].dropna()
    skills = df["skills"].explode().dropna().value_counts()
    companies = df["company"].dropna().value_counts()
    remote = df["work_mode"] == "remote"
    out = {
        "open_positions": n,
        "tracked_total": len(population),
        "share_of_tracked": _pct(n, len(population)),
        "remote_n": int(remote.sum()),
        "remote_pct": _pct(remote.sum(), n),
        "seniority_n": len(known),
        "experience_mix": {
            s: _pct((known == s).sum(), len(known)) for s in ("entry", "mid", "senior")
        },
        "top_skill_counts": _ranked(skills, 8),
        "top_skills": [s for s, _ in _ranked(skills, 8)],
        "top_companies": _ranked(companies, 10),
        "top_metros": _ranked(df["metro"].dropna().value_counts(), 10),
        "companies_n": len(companies),
        "top_company_share_pct": _pct(companies.max() if len(companies) else 0, n),
        "source_mix": {s: int(c) for s, c in df["source"].value_counts().items()},
    }
    out["salary_coverage_pct"] = _pct(_salary(df, min_n)["salary_n"], n)
    return out | _salary(df, min_n)


def compare(weeks: dict, week, a: str, b: str, min_n: int) -> dict[str, Any]:
    """The compare object's figures (week-over-week from the previous exported week)."""
    ra, rb = (role_figures(weeks[week], r, min_n) for r in (a, b))
    earlier = [w for w in sorted(weeks) if w < week]
    for name, fig in ((a, ra), (b, rb)):
        prev = role_figures(weeks[earlier[-1]], name, min_n) if earlier else None
        fig["week_over_week"] = {
            k: None if prev is None or fig[k] is None or prev[k] is None else fig[k] - prev[k]
            for k in (
                "open_positions",
                "salary_n",
                "salary_mean",
                "salary_median",
                "remote_pct",
                "companies_n",
                "top_company_share_pct",
                "salary_coverage_pct",
            )
        }
    shared = [s for s in ra["top_skills"] if s in rb["top_skills"]]
    ra["unique_skills"] = [s for s in ra["top_skills"] if s not in rb["top_skills"]]
    rb["unique_skills"] = [s for s in rb["top_skills"] if s not in ra["top_skills"]]
    return {"roles": {a: ra, b: rb}, "shared_skills": shared, "overlap_pct": 100 * len(shared) / 8}
