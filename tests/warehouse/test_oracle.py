"""Oracle: every figure of compare() equals pandas over the exported postings.parquet."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import duckdb
import pandas as pd
import pytest

from jobwatch.reports.verdict import compare
from jobwatch.warehouse.connect import connect_readonly
from jobwatch.warehouse.export import export_week
from tests.warehouse import oracle
from tests.warehouse.conftest import run_build
from tests.warehouse.lakefix import W1, W2
from tests.warehouse.scenarios import ML, OPS, SW, market

if TYPE_CHECKING:
    from pathlib import Path

MIN_N = 10


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    home = tmp_path_factory.mktemp("market")
    market(home)
    run_build(home, min_salary_n=MIN_N)
    for week in (W1, W2):
        export_week(home, week)
    glob = str(home / "exports" / "postings" / "*" / "*.parquet")
    frame = duckdb.sql("select * from read_parquet(?, hive_partitioning=true)", params=[glob]).df()
    frame["week"] = pd.to_datetime(frame["week"]).dt.date
    weeks = {w: frame[frame["week"] == w] for w in (W1, W2)}
    return home, weeks


def _agree(actual: object, expected: object, path: str = "") -> None:
    """Exact for counts, names and lists; 1e-9 relative for floats."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), path
        for key, value in expected.items():
            _agree(actual[key], value, f"{path}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{path}: {actual}"
        assert len(actual) == len(expected), f"{path}: {actual}"
        for i, (x, y) in enumerate(zip(actual, expected, strict=True)):
            _agree(x, y, f"{path}[{i}]")
    elif isinstance(expected, float) and not math.isnan(expected):
        assert actual is not None, path
        assert math.isclose(actual, expected, rel_tol=1e-9, abs_tol=1e-9), (
            f"{path}: {actual} != {expected}"
        )
    else:
        assert actual == expected, f"{path}: {actual!r} != {expected!r}"


@pytest.mark.parametrize("week", [W1, W2])
@pytest.mark.parametrize(("a", "b"), [(ML, SW), (OPS, SW)])
def test_every_compare_figure_matches_pandas(built, week, a: str, b: str) -> None:
    home, weeks = built
    con = connect_readonly(home)
    try:
        got = compare(con, a, b, week)
    finally:
        con.close()
    _agree(got, oracle.compare(weeks, week, a, b, MIN_N))


def test_the_scenario_exercises_suppression_and_intervals(built) -> None:
    _, weeks = built
    ml, ops = (oracle.role_figures(weeks[W2], r, MIN_N) for r in (ML, OPS))
    assert ml["salary_n"] >= 30
    assert ml["salary_median_ci"] is not None
    assert ops["salary_n"] < MIN_N
    assert ops["salary_suppressed_reason"] is not None
    assert not weeks[W2]["is_canonical"].all()  # duplicates present and left out
