"""A gold-set measure as data: how to count it over rows; scored on the whole set and test half."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from jobwatch.pipeline.evaluation.measures import Measure, ratio
from jobwatch.pipeline.evaluation.real_gold.rows import TEST

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from jobwatch.pipeline.evaluation.real_gold.rows import Row

Count = tuple[int, int]  # (hits, n)


@dataclass(frozen=True)
class Spec:
    key: str  # the id in targets.yaml ("gold.seniority")
    label: str
    definition: str  # printed beside the figure: what is counted over what
    count: Callable[[Sequence[Row]], Count]


def share(
    key: str,
    label: str,
    definition: str,
    right: Callable[[Row], bool],
    among: Callable[[Row], bool] = lambda row: True,
) -> Spec:
    """The share of rows where `right` holds, among the rows where `among` holds."""

    def count(rows: Sequence[Row]) -> Count:
        chosen = [row for row in rows if among(row)]
        return sum(right(row) for row in chosen), len(chosen)

    return Spec(key, label, definition, count)


def score(spec: Spec, rows: Sequence[Row]) -> Measure:
    """The measure on every row, with its figure on the test half beside it."""
    hits, n = spec.count(rows)
    test_hits, test_n = spec.count([row for row in rows if row.half == TEST])
    return Measure(
        spec.key,
        spec.label,
        ratio(hits, n),
        n,
        spec.definition,
        test_value=ratio(test_hits, test_n),
        test_n=test_n,
    )


def equal(key: str, label: str, definition: str, field: str) -> Spec:
    """The share of rows whose posting's `field` equals the label's."""
    return share(key, label, definition, lambda row: row.posting[field] == row.labels[field])
