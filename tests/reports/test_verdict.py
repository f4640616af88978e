"""Verdict sentences: each one agrees with the figures it quotes, including edge cases."""

from __future__ import annotations

from typing import Any

import pytest

from jobwatch.reports.verdict import openings_sentence, pay_sentence, remote_sentence


def role(**figures: Any) -> dict[str, Any]:
    base = {"salary_mean": None, "salary_n": 0, "open_positions": 0, "remote_pct": None}
    return base | figures | {"week": "2026-10-05"}


@pytest.mark.parametrize(
    ("a", "b", "sentence"),
    [
        (
            role(salary_mean=100_000, salary_n=12),
            role(salary_mean=100_000, salary_n=30),
            "A and B pay the same on average ($100K mean ceiling, n=12 and 30).",
        ),
        (
            role(salary_mean=100_400, salary_n=12),
            role(salary_mean=100_000, salary_n=30),
            "Choose A for higher pay: it pays less than 1% more on average ($100K vs $100K mean "
            "ceiling, n=12 and 30).",
        ),
        (
            role(salary_mean=120_000, salary_n=12),
            role(salary_mean=160_000, salary_n=30),
            "Choose B for higher pay: it pays 33% more on average ($160K vs $120K mean ceiling, "
            "n=30 and 12).",
        ),
        (
            role(salary_n=1),
            role(salary_mean=160_000, salary_n=30),
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


@pytest.mark.parametrize(
    ("x", "y", "sentence"),
    [
        (30.0, 10.0, "A is more often remote: 30% vs 10% of open positions."),
        (10.2, 9.9, None),  # both read "10%": no sentence that would look like a contradiction
        (None, 50.0, None),
    ],
)
def test_remote_sentence(x: float | None, y: float | None, sentence: str | None) -> None:
    assert remote_sentence("A", role(remote_pct=x), "B", role(remote_pct=y)) == sentence
