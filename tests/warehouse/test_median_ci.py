"""The median's confidence interval (sql/37_int_median_ci.sql) against the exact binomial rule."""

from __future__ import annotations

import random

import duckdb
import pytest

from jobwatch.warehouse.models import SQL_DIR
from tests.warehouse.oracle import median_ci

SIZES = [1, 5, 6, 9, 10, 11, 64, 65, 101, 1000, 4999]  # from 65 on the SQL narrows the tail


@pytest.fixture(scope="module")
def intervals() -> tuple[dict, dict]:
    rng = random.Random(11)
    samples = {n: [float(rng.randrange(50_000, 400_000)) for _ in range(n)] for n in SIZES}
    con = duckdb.connect()
    con.execute("create table int_canonical (role varchar, week date, salary_ceiling_usd double)")
    rows = [(f"r{n}", "2026-10-05", x) for n, xs in samples.items() for x in xs]
    con.executemany("insert into int_canonical values (?, ?, ?)", rows)
    body = (SQL_DIR / "37_int_median_ci.sql").read_text(encoding="utf-8")
    got = con.execute(
        f"select role, ci_low, ci_high, ci_lower_rank, ci_coverage_pct from ({body})"
    ).fetchall()
    con.close()
    return samples, {int(role[1:]): rest for role, *rest in got}


@pytest.mark.parametrize("n", SIZES)
def test_interval_is_the_exact_order_statistic_pair(intervals, n: int) -> None:
    samples, got = intervals
    expected = median_ci(samples[n])
    if expected is None:
        assert n not in got  # fewer than 6 values: no interval exists at 95%
        return
    low, high, rank, coverage = got[n]
    assert [low, high] == expected
    assert sorted(samples[n])[rank - 1] == low
    assert coverage >= 95.0


@pytest.mark.parametrize(("n", "rank", "coverage"), [(6, 1, 96.875), (10, 2, 97.8515625)])
def test_known_ranks_and_coverage(intervals, n: int, rank: int, coverage: float) -> None:
    # n=6: P(B=0) = 1/64, 1 - 2/64 = 96.875%; n=10: P(B<=1) = 11/1024, 1 - 22/1024
    _, got = intervals
    assert got[n][2] == rank
    assert got[n][3] == pytest.approx(coverage, rel=1e-12)
