"""mart_role_week in pandas: every figure, suppression, median CI and change since last week."""

from __future__ import annotations

import math
from functools import cache

import numpy as np
import pandas as pd

KEYS = ["role", "week"]
QUANTILES = {
    "salary_ceiling_usd": "salary",
    "salary_mid_usd": "salary_mid",
    "salary_floor_usd": "salary_floor",
}
SALARY = [
    "salary_min_mean",
    "salary_max_mean",
    "salary_mean",
    "salary_p25",
    "salary_median",
    "salary_p75",
    "salary_median_ci_low",
    "salary_median_ci_high",
    "salary_median_ci_coverage_pct",
    "salary_median_ci_lower_rank",
    "salary_median_ci_upper_rank",
    "salary_mid_p25",
    "salary_mid_median",
    "salary_mid_p75",
    "salary_floor_p25",
    "salary_floor_median",
    "salary_floor_p75",
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


@cache
def ci_rank(n: int) -> tuple[int, float]:
    """L = the largest rank with P(Binomial(n, 1/2) < L) <= 2.5%, and that tail probability; as
    int_median_ci computes it, from k = 8 standard deviations below n/2 (the mass left out there
    is below 1e-14)."""
    start = max(0, math.floor(n / 2 - 4 * math.sqrt(n) + 0.5))
    log_all = math.lgamma(n + 1) - n * math.log(2)
    cdf, rank, tail = 0.0, start, 0.0
    for k in range(start, n // 2 + 1):
        cdf += math.exp(log_all - math.lgamma(k + 1) - math.lgamma(n - k + 1))
        if cdf > 0.025:
            break
        rank, tail = k + 1, cdf
    return rank, tail


def _median_ci(paid: pd.DataFrame) -> pd.DataFrame:
    """The order statistics x(L) and x(n-L+1) of each role-week's sorted ceilings."""
    paid = paid.sort_values([*KEYS, "salary_ceiling_usd"])
    pos = paid.groupby(KEYS, observed=True).cumcount().to_numpy()
    n = paid.groupby(KEYS, observed=True)["salary_ceiling_usd"].transform("size").to_numpy()
    rank = np.array([ci_rank(int(k))[0] for k in np.unique(n)])[np.searchsorted(np.unique(n), n)]
    x = paid["salary_ceiling_usd"].to_numpy()
    frame = paid[KEYS].assign(low=x, high=x, n=n, rank=rank)
    low = frame[(rank >= 1) & (pos == rank - 1)].set_index(KEYS)
    high = frame[(rank >= 1) & (pos == n - rank)].set_index(KEYS)
    tail = low["n"].map(lambda k: ci_rank(int(k))[1])
    return pd.DataFrame(
        {
            "salary_median_ci_low": low["low"],
            "salary_median_ci_high": high["high"],
            "salary_median_ci_coverage_pct": 100.0 * (1 - 2 * tail),
            "salary_median_ci_lower_rank": low["rank"],
            "salary_median_ci_upper_rank": low["n"] - low["rank"] + 1,
        }
    )


def _salary(df: pd.DataFrame) -> pd.DataFrame:
    paid = df[df["salary_ceiling_usd"].notna()]
    groups = paid.groupby(KEYS, observed=True)
    out = groups.agg(
        salary_min_mean=("salary_floor_usd", "mean"), salary_max_mean=("salary_ceiling_usd", "mean")
    )
    out["salary_mean"] = out["salary_max_mean"]
    for col, name in QUANTILES.items():
        q = groups[col].quantile([0.25, 0.5, 0.75]).unstack()
        out[[f"{name}_p25", f"{name}_median", f"{name}_p75"]] = q.to_numpy()
    return out.join(_median_ci(paid))


def _counts(df: pd.DataFrame, companies: pd.DataFrame) -> pd.DataFrame:
    groups = df.groupby(KEYS, observed=True)
    out = groups.agg(
        open_positions=("role", "size"),
        salary_n=("salary_ceiling_usd", "count"),
        seniority_n=("seniority", "count"),
    )
    out["remote_n"] = df["work_mode"].eq("remote").groupby([df["role"], df["week"]]).sum()
    mix = pd.crosstab([df["role"], df["week"]], df["seniority"])
    mix = mix.reindex(index=out.index, columns=["entry", "mid", "senior"], fill_value=0)
    out[["entry_n", "mid_n", "senior_n"]] = mix.to_numpy()
    per_company = companies.groupby(KEYS, observed=True)["n"]
    return out.assign(companies_n=per_company.size(), top_company_n=per_company.max())


def _pct(part: pd.Series, whole: pd.Series) -> pd.Series:
    return 100.0 * part / whole.where(whole != 0)


def role_week(df: pd.DataFrame, companies: pd.DataFrame, weeks: list, min_n: int) -> pd.DataFrame:
    """One row per role (any role ever open) and week, zeros where a role had no openings."""
    grid = pd.MultiIndex.from_product([sorted(df["role"].unique()), weeks], names=KEYS)
    counts = _counts(df, companies).reindex(grid)
    counts = counts.fillna(dict.fromkeys(counts.columns, 0)).astype("int64")
    out = counts.join(_salary(df))
    out["tracked_total"] = out.groupby("week")["open_positions"].transform("sum")
    out["share_of_tracked"] = _pct(out["open_positions"], out["tracked_total"])
    out["salary_coverage_pct"] = _pct(out["salary_n"], out["open_positions"])
    shown = out["salary_n"] >= min_n
    out[SALARY] = out[SALARY].where(shown)
    reason = "salary_n=" + out["salary_n"].astype(str) + f" below minimum {min_n}"
    out["salary_suppressed_reason"] = reason.where(~shown)
    out["remote_pct"] = _pct(out["remote_n"], out["open_positions"])
    for level in ("entry", "mid", "senior"):
        out[f"{level}_pct"] = _pct(out[f"{level}_n"], out["seniority_n"])
    out["top_company_share_pct"] = _pct(out["top_company_n"], out["open_positions"])
    changes = out.groupby("role")[WOW].diff().add_suffix("_wow")
    out = out.join(changes).drop(columns=["entry_n", "mid_n", "senior_n"]).reset_index()
    role_ids = df.groupby("role", observed=True)["role_id"].min()
    prev_week = dict(zip(weeks[1:], weeks[:-1], strict=True))
    return out.assign(
        role_id=out["role"].map(role_ids), prev_week=out["week"].map(prev_week), min_salary_n=min_n
    )
