"""The same per-role, per-week marts in pandas (the benchmark's baseline for DuckDB)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
from warehouse_timing import timed

KEYS = ["role", "week"]


def _ranked(df: pd.DataFrame, col: str) -> pd.DataFrame:
    counts = df.groupby([*KEYS, col], observed=True).size().rename("n").reset_index()
    counts = counts.sort_values([*KEYS, "n", col], ascending=[True, True, False, True])
    counts["rank"] = counts.groupby(KEYS, observed=True).cumcount() + 1
    return counts


def _salary(df: pd.DataFrame) -> pd.DataFrame:
    paid = df[df["salary_ceiling_usd"].notna()]
    groups = paid.groupby(KEYS, observed=True)
    out = groups.agg(
        salary_n=("salary_ceiling_usd", "size"),
        salary_min_mean=("salary_floor_usd", "mean"),
        salary_mean=("salary_ceiling_usd", "mean"),
    )
    for col in ("salary_ceiling_usd", "salary_mid_usd", "salary_floor_usd"):
        q = groups[col].quantile([0.25, 0.5, 0.75]).unstack()
        out[[f"{col}_p25", f"{col}_p50", f"{col}_p75"]] = q.to_numpy()
    return out


def _role_week(df: pd.DataFrame) -> pd.DataFrame:
    out = df.groupby(KEYS, observed=True).agg(
        open_positions=("posting_id", "size"),
        remote_n=("work_mode", lambda s: (s == "remote").sum()),
        seniority_n=("seniority", "count"),
        companies_n=("company", "nunique"),
    )
    mix = pd.crosstab([df["role"], df["week"]], df["seniority"], normalize="index") * 100
    out = out.join(mix).join(_salary(df))
    tracked = out.groupby("week")["open_positions"].transform("sum")
    out["share_of_tracked"] = 100 * out["open_positions"] / tracked
    out["remote_pct"] = 100 * out["remote_n"] / out["open_positions"]
    out = out.sort_index()
    out["open_positions_wow"] = out.groupby("role")["open_positions"].diff()
    out["salary_mean_wow"] = out.groupby("role")["salary_mean"].diff()
    return out


def marts(posting_weeks: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Every week's marts from posting-weeks: role-week figures, skills, companies, metros."""
    df = posting_weeks[posting_weeks["is_canonical"] & posting_weeks["role"].notna()]
    skills = df[[*KEYS, "skills"]].explode("skills").dropna(subset=["skills"])
    placed = df.assign(metro=df["metro"].fillna(df["work_mode"].where(df["work_mode"] == "remote")))
    return {
        "role_week": _role_week(df),
        "skills": _ranked(skills, "skills"),
        "companies": _ranked(df, "company"),
        "metros": _ranked(placed.dropna(subset=["metro"]), "metro"),
        "sources": df.groupby([*KEYS, "source"], observed=True).size(),
    }


_FRAME: list[Any] = []  # the pandas child's posting-weeks, read once


def timed_marts(lake: Path) -> tuple[float, float]:
    """In the pandas child: every week's marts from the lake read into a DataFrame (untimed)."""
    if not _FRAME:
        _FRAME.append(pq.read_table(lake, partitioning="hive").to_pandas())
    return timed(lambda: marts(_FRAME[0]))[1:]
