"""Verdict sentences: each one agrees with the figures it quotes, and a difference inside the
noise is called "about the same" (reports/noise.py), including edge cases."""

from __future__ import annotations

from typing import Any

import pytest

from jobwatch.reports import noise
from jobwatch.reports.verdict import openings_sentence, pay_sentence, remote_sentence


def role(**figures: Any) -> dict[str, Any]:
    base = {"salary_median": None, "salary_median_ci": None, "salary_n": 0, "open_positions": 0}
    return base | {"remote_pct": None, "remote_n": 0} | figures | {"week": "2026-10-05"}


def paid(median: float, low: float | None, high: float | None, n: int) -> dict[str, Any]:
    ci = None if low is None or high is None else [low, high]
    return role(salary_median=median, salary_median_ci=ci, salary_n=n)


@pytest.mark.parametrize(
    ("a", "b", "sentence"),
    [
        (
            paid(120_000, 110_000, 130_000, 40),
            paid(160_000, 150_000, 175_000, 30),
            "Choose B for higher pay: its median salary ceiling is $160K against $120K, and the "
            "95% confidence intervals do not overlap (n=30 and 40).",
        ),
        # trap: a $10K gap whose intervals overlap is no reason to choose
        (
            paid(150_000, 130_000, 170_000, 12),
            paid(140_000, 120_000, 155_000, 30),
            "Pay is about the same: the 95% confidence intervals overlap (median salary ceiling "
            "$150K for A and $140K for B, n=12 and 30).",
        ),
        # trap: with fewer than 6 salaries there is no interval, so no call either way
        (
            paid(275_000, None, None, 2),
            paid(143_000, 120_000, 160_000, 30),
            "Pay cannot be told apart: too few salaries for a confidence interval (median salary "
            "ceiling $275K for A and $143K for B, n=2 and 30).",
        ),
        (
            role(salary_n=1),
            paid(160_000, 150_000, 170_000, 30),
            "Salary comparison withheld: A has only 1 disclosed salary (minimum 10).",
        ),
        (
            role(),
            role(salary_n=4),
            "Salary comparison withheld: A has no disclosed salaries; B has only 4 disclosed "
            "salaries (minimum 10).",
        ),
    ],
)
def test_pay_sentence(a: dict, b: dict, sentence: str) -> None:
    assert pay_sentence("A", a, "B", b, 10) == sentence


@pytest.mark.parametrize(
    ("x", "y", "sentence"),
    [
        (120, 54, "Choose A for more openings: 120 vs 54 open positions."),
        (3, 7, "Choose B for more openings: 7 vs 3 open positions."),
        (5, 5, "A and B have the same number of open positions (5)."),
        (0, 0, "Neither A nor B has open positions in the week of 2026-10-05."),
    ],
)
def test_openings_sentence(x: int, y: int, sentence: str) -> None:
    a, b = role(open_positions=x), role(open_positions=y)
    assert openings_sentence("A", a, "B", b) == sentence


def remote(k: int, n: int) -> dict[str, Any]:
    return role(remote_n=k, open_positions=n, remote_pct=100.0 * k / n if n else None)


@pytest.mark.parametrize(
    ("a", "b", "sentence"),
    [
        (remote(30, 100), remote(10, 100), "A is more often remote: 30% vs 10% of open positions."),
        # trap: the "18% vs 17%" on a few hundred postings is inside the noise
        (
            remote(36, 200),
            remote(34, 200),
            "Remote work is about as common in both: 18% vs 17% of open positions.",
        ),
        # trap: a large gap on a handful of postings is inside the noise too
        (
            remote(2, 4),
            remote(1, 6),
            "Remote work is about as common in both: 50% vs 17% of open positions.",
        ),
        (remote(0, 0), remote(5, 10), None),
    ],
)
def test_remote_sentence(a: dict, b: dict, sentence: str | None) -> None:
    assert remote_sentence("A", a, "B", b) == sentence


@pytest.mark.parametrize(
    ("x", "n", "low", "high"),
    [
        (0, 10, 0.0, 0.2775),  # Wilson score intervals (Newcombe 1998, table I)
        (5, 10, 0.2366, 0.7634),
        (56, 70, 0.6918, 0.8770),
    ],
)
def test_wilson_interval(x: int, n: int, low: float, high: float) -> None:
    assert noise.wilson(x, n) == pytest.approx((low, high), abs=1e-4)


@pytest.mark.parametrize(
    ("x1", "n1", "x2", "n2", "differ"),
    [
        (56, 70, 48, 80, True),  # Newcombe 1998, example (a): 95% CI 0.0524 to 0.3339
        (9, 10, 3, 10, True),  # example (b): 0.1705 to 0.8090
        (6, 7, 2, 7, True),  # example (c): 0.0381 to 0.8952
        (5, 56, 0, 29, False),  # example (d): -0.0381 to 0.1926
        (0, 10, 0, 20, False),
    ],
)
def test_shares_differ_follows_newcombes_interval(x1, n1, x2, n2, differ: bool) -> None:
    assert noise.shares_differ(x1, n1, x2, n2) is differ


@pytest.mark.parametrize(
    ("ci_a", "ci_b", "differ"),
    [
        ([100, 120], [121, 150], True),
        ([100, 130], [121, 150], False),
        ([100, 130], None, None),
        ([None, None], [121, 150], None),
    ],
)
def test_medians_differ_when_the_intervals_are_apart(ci_a, ci_b, differ) -> None:
    a, b = {"salary_median_ci": ci_a}, {"salary_median_ci": ci_b}
    assert noise.medians_differ(a, b) is differ
