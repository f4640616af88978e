"""Salary: the base pay the posting states, in its own currency and period."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jobwatch.pipeline.evaluation.real_gold.rows import miss
from jobwatch.pipeline.evaluation.real_gold.spec import share

if TYPE_CHECKING:
    from jobwatch.pipeline.evaluation.real_gold.rows import Row

TOLERANCE = 0.01
RIGHT = (
    "min and max each within 1% of the label (an absent bound absent), currency and period equal"
)


def returned(row: Row) -> dict[str, Any] | None:
    """jobwatch's salary in the labels' shape, None when it returned none."""
    got = row.posting
    if got["salary_min"] is None and got["salary_max"] is None:
        return None
    return {
        "min": got["salary_min"],
        "max": got["salary_max"],
        "currency": got["salary_currency"],
        "period": got["salary_period"],
    }


def _close(want: float | None, got: float | None) -> bool:
    if want is None or got is None:
        return want is None and got is None
    return abs(got - want) <= TOLERANCE * abs(want)


def same(want: dict[str, Any] | None, got: dict[str, Any] | None) -> bool:
    if want is None or got is None:
        return want is None and got is None
    bounds = _close(want["min"], got["min"]) and _close(want["max"], got["max"])
    return bounds and (want["currency"], want["period"]) == (got["currency"], got["period"])


def right(row: Row) -> bool:
    return same(row.labels["salary"], returned(row))


SPECS = [
    share(
        "gold.salary",
        "salary accuracy",
        f"postings whose salary is right ({RIGHT}; no salary where the label has none) / postings",
        right,
    ),
    share(
        "gold.salary_recall",
        "salary right, labelled pay",
        "postings with a labelled salary whose salary is right / postings with a labelled salary",
        right,
        among=lambda row: row.labels["salary"] is not None,
    ),
    share(
        "gold.salary_precision",
        "salary right, returned pay",
        "postings where jobwatch returned a salary and it is right / postings with a returned "
        "salary",
        right,
        among=lambda row: returned(row) is not None,
    ),
]


def misses(row: Row) -> list[dict[str, Any]]:
    if right(row):
        return []
    return [miss(row, "salary", row.labels["salary"], returned(row))]
