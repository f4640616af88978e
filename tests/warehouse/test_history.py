"""Postings opening and closing over weeks, reposts, cross-source duplicates, a failing source."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from jobwatch.warehouse.connect import connect_readonly
from jobwatch.warehouse.stats import role_stats, role_trend
from tests.warehouse.conftest import query, run_build
from tests.warehouse.lakefix import W1, W2, W3, W4
from tests.warehouse.scenarios import (
    CHURN_CANONICAL,
    CHURN_CLOSED,
    CHURN_OPEN,
    CHURN_OPENINGS,
    ML,
    churn,
)

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def churn_home(tmp_path: Path) -> Path:
    churn(tmp_path)
    run_build(tmp_path)
    return tmp_path


def test_open_postings_per_week(churn_home: Path) -> None:
    opened: dict = {}
    for week, source_id in query(churn_home, "select week, source_id from posting_weeks"):
        opened.setdefault(week, set()).add(source_id)
    assert opened == CHURN_OPEN


def test_closed_at_first_seen_last_seen(churn_home: Path) -> None:
    rows = query(churn_home, "select source_id, first_seen, last_seen, closed_at from postings")
    assert {sid: closed for sid, _, _, closed in rows if closed} == CHURN_CLOSED
    seen = {sid: (first, last) for sid, first, last, _ in rows}
    assert seen["a2r"] == (W3, W4)
    assert seen["g1"] == (W1, W2)
    assert seen["d1"] == (W2, W3)


def test_open_positions_per_role_and_week_count_clusters(churn_home: Path) -> None:
    rows = query(churn_home, "select role, week, open_positions from mart_role_week")
    got: dict = {}
    for role, _, n in sorted(rows, key=lambda r: r[1]):
        got.setdefault(role, []).append(n)
    assert got == CHURN_OPENINGS
    totals = query(churn_home, "select distinct week, tracked_total from mart_role_week")
    assert sorted(totals) == [(W1, 4), (W2, 5), (W3, 6), (W4, 4)]


def test_canonical_moves_to_the_remaining_duplicate(churn_home: Path) -> None:
    rows = query(
        churn_home, "select week, cluster_id, source_id from posting_weeks where is_canonical"
    )
    for week, expected in CHURN_CANONICAL.items():
        got = {c: s for w, c, s in rows if w == week and c in expected}
        assert got == expected


def test_source_mix_and_trend(churn_home: Path) -> None:
    con = connect_readonly(churn_home)
    try:
        w3 = role_stats(con, ML, week=W3)[0]
        assert w3["source_mix"] == {"ashby": 2, "greenhouse": 1}  # d1 d2, a1 (canonical of job-a1)
        trend = role_trend(con, "ai/ml engineer")  # any case
    finally:
        con.close()
    assert [(t["week"], t["open_positions"]) for t in trend] == [
        (str(w), n) for w, n in zip((W1, W2, W3, W4), CHURN_OPENINGS[ML], strict=True)
    ]
    assert {t["salary_median"] for t in trend} == {None}  # no salaries in this lake
