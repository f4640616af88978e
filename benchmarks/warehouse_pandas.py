"""The same per-role, per-week marts in pandas (the benchmark's baseline for DuckDB).

Every column of every mart, as the SQL models define it (tests/warehouse/test_pandas_baseline.py
checks that on a small synthetic history), so the DuckDB/pandas ratio compares equal work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd
import pyarrow.parquet as pq
from warehouse_pandas_week import KEYS, role_week
from warehouse_timing import timed

if TYPE_CHECKING:
    from pathlib import Path


def _ranked(df: pd.DataFrame, col: str) -> pd.DataFrame:
    """Count per (role, week, col); rank by count descending, ties by name."""
    counts = df.groupby([*KEYS, col], observed=True).size().rename("n").reset_index()
    counts = counts.sort_values([*KEYS, "n", col], ascending=[True, True, False, True])
    counts["rank"] = counts.groupby(KEYS, observed=True).cumcount() + 1
    return counts


def _with_wow(counts: pd.DataFrame, col: str, prev_week: dict) -> pd.DataFrame:
    """n_wow (n minus last week's n, 0 when absent; null in the first week) and last week's rank."""
    last = counts[[*KEYS, col, "n", "rank"]].rename(
        columns={"week": "prev_week", "n": "prev_n", "rank": "prev_rank"}
    )
    out = counts.assign(prev_week=counts["week"].map(prev_week))
    out = out.merge(last, on=["role", "prev_week", col], how="left")
    out["n_wow"] = (out["n"] - out["prev_n"].fillna(0)).where(out["prev_week"].notna())
    return out.drop(columns=["prev_week", "prev_n"])


def _share(counts: pd.DataFrame, weekly: pd.DataFrame) -> pd.Series:
    open_positions = weekly.set_index(KEYS)["open_positions"]
    open_positions = open_positions.reindex(pd.MultiIndex.from_frame(counts[KEYS]))
    return 100.0 * counts["n"] / open_positions.to_numpy()


def marts(posting_weeks: pd.DataFrame, min_salary_n: int = 10) -> dict[str, pd.DataFrame]:
    """Every week's marts from posting-weeks: role-week figures, skills, companies, metros,
    sources."""
    weeks = sorted(posting_weeks["week"].unique())
    prev_week = dict(zip(weeks[1:], weeks[:-1], strict=True))
    df = posting_weeks[posting_weeks["is_canonical"] & posting_weeks["role"].notna()]
    companies = _ranked(df.dropna(subset=["company"]), "company")
    classified = posting_weeks[posting_weeks["role"].notna()]
    weekly = role_week(df, companies, weeks, min_salary_n)
    # open postings of the role, duplicates included (open_positions counts clusters)
    raw = classified.groupby(KEYS, observed=True).size()
    raw = raw.reindex(pd.MultiIndex.from_frame(weekly[KEYS]), fill_value=0)
    weekly["open_postings"] = raw.to_numpy()
    mentions = df[[*KEYS, "skills"]].explode("skills").rename(columns={"skills": "skill"})
    skills = _ranked(mentions.dropna(subset=["skill"]), "skill")
    placed = df.dropna(subset=["metro"])
    sources = df.groupby([*KEYS, "source"], observed=True).size().rename("n").reset_index()
    skills = _with_wow(skills, "skill", prev_week)
    companies = _with_wow(companies, "company", prev_week).drop(columns=["prev_rank"])
    metros = _with_wow(_ranked(placed, "metro"), "metro", prev_week).drop(columns=["prev_rank"])
    return {
        "role_week": weekly,
        "skills": skills.assign(share_pct=_share(skills, weekly), is_top8=skills["rank"] <= 8),
        "companies": companies.assign(share_pct=_share(companies, weekly)),
        "metros": metros,
        "sources": sources.assign(share_pct=_share(sources, weekly)),
    }


_FRAME: list[Any] = []  # the pandas child's posting-weeks, read once


def timed_marts(lake: Path) -> tuple[float, float]:
    """In the pandas child: every week's marts from the lake read into a DataFrame (untimed)."""
    if not _FRAME:
        _FRAME.append(pq.read_table(lake, partitioning="hive").to_pandas())
    return timed(lambda: marts(_FRAME[0]))[1:]
