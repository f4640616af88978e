"""Per-role figures and compare(), checked against values worked out by hand (two_roles)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pytest

from jobwatch.core.errors import UserError
from jobwatch.reports.verdict import compare
from jobwatch.warehouse.connect import connect_readonly
from jobwatch.warehouse.stats import role_stats
from tests.warehouse.conftest import run_build
from tests.warehouse.lakefix import W1
from tests.warehouse.scenarios import A, B

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    import duckdb

CONTRACT = {
    "open_positions",
    "share_of_tracked",
    "salary_n",
    "salary_min_mean",
    "salary_max_mean",
    "salary_p25",
    "salary_median",
    "salary_mean",
    "salary_p75",
    "remote_pct",
    "experience_mix",
    "top_skills",
    "unique_skills",
    "top_companies",
    "top_metros",
}

# A: canonical m1..m4 (m5 duplicates m1); ceilings 150k, 80k (min only), 200k (max only)
EXPECTED_A = {
    "open_positions": 4,
    "share_of_tracked": 100 * 4 / 6,  # x1 has no role: tracked = 4 + 2
    "salary_n": 3,
    "salary_min_mean": (100_000 + 80_000 + 200_000) / 3,
    "salary_max_mean": (150_000 + 80_000 + 200_000) / 3,
    "salary_mean": (150_000 + 80_000 + 200_000) / 3,
    "salary_p25": 80_000 + 0.5 * (150_000 - 80_000),  # position 0.5 in [80k, 150k, 200k]
    "salary_median": 150_000,
    "salary_p75": 150_000 + 0.5 * (200_000 - 150_000),
    "remote_pct": 50.0,  # m1 and m4 remote; m2 hybrid is not remote
    "experience_mix": {"entry": 0.0, "mid": 200 / 3, "senior": 100 / 3},  # m4 unknown
    "top_skills": ["Python", "AWS", "RAG", "Docker", "PyTorch"],
    "top_companies": [["OpenAI", 2], ["Acme", 1], ["Anthropic", 1]],
    "top_metros": [["New York", 2], ["San Francisco", 1]],  # remote m1 has no metro: not ranked
    "unique_skills": ["AWS", "Docker", "PyTorch"],
}
EXPECTED_B = {
    "open_positions": 2,
    "share_of_tracked": 100 * 2 / 6,
    "salary_n": 2,
    "salary_min_mean": 175_000,
    "salary_max_mean": 275_000,
    "salary_mean": 275_000,
    "salary_p25": 262_500,
    "salary_median": 275_000,
    "salary_p75": 287_500,
    "remote_pct": 50.0,
    "experience_mix": {"entry": 50.0, "mid": 0.0, "senior": 50.0},
    # Python and TypeScript twice; then ties at one mention by name: Rust and Zig fall off
    "top_skills": ["Python", "TypeScript", "Claude", "Go", "Java", "Kubernetes", "OpenAI", "RAG"],
    "top_companies": [["Stripe", 2]],
    "top_metros": [["Seattle", 1]],  # remote s2 has no metro: remote work is not a metro
    "unique_skills": ["TypeScript", "Claude", "Go", "Java", "Kubernetes", "OpenAI"],
}


def _same(actual: object, expected: object) -> bool:
    if isinstance(expected, dict) and isinstance(actual, dict):
        return actual.keys() >= expected.keys() and all(
            _same(actual[k], v) for k, v in expected.items()
        )
    if isinstance(expected, float | int) and not isinstance(expected, bool) and actual is not None:
        return math.isclose(float(actual), float(expected), rel_tol=1e-9)  # type: ignore[arg-type]
    return actual == expected


def _connect(home: Path, min_salary_n: int) -> Iterator[duckdb.DuckDBPyConnection]:
    run_build(home, min_salary_n=min_salary_n)
    con = connect_readonly(home)
    yield con
    con.close()


@pytest.fixture
def con(roles_home: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    yield from _connect(roles_home, 2)


def test_compare_figures_match_hand_computed_values(con: duckdb.DuckDBPyConnection) -> None:
    out = compare(con, A, B)
    assert set(out) == {"week", "roles", "shared_skills", "overlap_pct", "verdict"}
    assert out["week"] == W1.isoformat()
    assert list(out["roles"]) == [A, B]
    for name, expected in ((A, EXPECTED_A), (B, EXPECTED_B)):
        role = out["roles"][name]
        assert set(role) >= CONTRACT
        assert _same(role, expected), (name, role)
    assert out["shared_skills"] == ["Python", "RAG"]
    assert out["overlap_pct"] == 25.0


def test_verdict_states_the_figures(con: duckdb.DuckDBPyConnection) -> None:
    verdict = compare(con, A, B)["verdict"]
    # medians 275K (n=2) and 150K (n=3): too few salaries for a confidence interval, so no call
    assert verdict == [
        f"Pay cannot be told apart: too few salaries for a confidence interval (median salary "
        f"ceiling $275K for {B} and $150K for {A}, n=2 and 3).",
        f"Choose {A} for more openings: 4 vs 2 open positions.",
        "Remote work is about as common in both: 50% vs 50% of open positions.",
        "They share 2 of their top-8 skills (25%): Python, RAG.",
    ]


def test_salary_figures_below_min_n_are_null_with_the_reason(roles_home: Path) -> None:
    con = next(_connect(roles_home, 3))
    out = compare(con, "ai-ml-engineer", "ai software engineer")
    a, b = out["roles"][A], out["roles"][B]
    assert _same(a["salary_mean"], EXPECTED_A["salary_mean"])
    assert b["salary_n"] == 2
    salary = ("salary_min_mean", "salary_max_mean", "salary_p25", "salary_median", "salary_mean")
    assert [b[k] for k in (*salary, "salary_p75")] == [None] * 6
    assert b["salary_suppressed_reason"] == "salary_n=2 below minimum 3"
    assert out["verdict"][0] == (
        f"Salary comparison withheld: {B} has only 2 disclosed salaries (minimum 3)."
    )


def test_role_stats_lists_every_role_by_openings(con: duckdb.DuckDBPyConnection) -> None:
    rows = role_stats(con)
    assert [(r["role"], r["open_positions"]) for r in rows] == [(A, 4), (B, 2)]
    assert role_stats(con, role=B, week="2026-10-08")[0]["salary_n"] == 2  # any day of the week


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: compare(c, A, "Data Janitor"), "known roles: AI Software Engineer, AI/ML"),
        (lambda c: role_stats(c, week="2026-11-02"), "known weeks: 2026-10-05"),
        (lambda c: role_stats(c, week="last tuesday"), "bad week 'last tuesday'"),
        (lambda c: compare(c, A, "ai/ml engineer"), "two different roles"),
        (lambda c: role_stats(c, role="x'); drop table postings; --"), "unknown role"),
    ],
)
def test_unknown_role_or_week_is_a_user_error(
    con: duckdb.DuckDBPyConnection, call, message
) -> None:
    with pytest.raises(UserError, match=message.replace("(", r"\(")):
        call(con)
    assert con.execute("select count(*) from postings").fetchone() == (8,)
