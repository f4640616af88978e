"""The result records of an evaluation: one Measure per figure, grouped per dataset."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Measure:
    key: str  # stable id, the key in targets.yaml ("seniority.senior_precision_tech")
    label: str  # what the row is called in the table
    value: float | None  # None when there was nothing to measure (counts as a failure)
    n: int  # the denominator
    definition: str
    target: float | None = None  # the minimum; None: reported, not held
    # The same measure on the gold set's test half (rows no rule was tuned on), when it has one.
    test_value: float | None = None
    test_n: int | None = None
    strict: bool = False  # the value must be above the target, not only reach it
    target_of: str | None = None  # the measure whose value is the target (a baseline), if any

    @property
    def passed(self) -> bool:
        if self.target is None:
            return True
        if self.value is None:
            return False
        return self.value > self.target if self.strict else self.value >= self.target


@dataclass
class DatasetResult:
    classifier: str  # seniority | salary | skills | role | gold
    dataset: str  # folder name under the eval data, or "gold"
    rows: int  # rows read
    measures: list[Measure]
    notes: list[str] = field(default_factory=list)  # definitions of the population, mappings
    misses: list[dict[str, Any]] = field(default_factory=list)  # a few examples of errors

    @property
    def passed(self) -> bool:
        return all(m.passed for m in self.measures)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for measure, out in zip(self.measures, data["measures"], strict=True):
            out["passed"] = measure.passed
        data["passed"] = self.passed
        return data


def ratio(hits: int, total: int) -> float | None:
    """hits / total, None when total is 0 (nothing measured is never a pass)."""
    return hits / total if total else None


def f1(precision: float | None, recall: float | None) -> float | None:
    if not precision or not recall:
        return 0.0 if precision is not None and recall is not None else None
    return 2 * precision * recall / (precision + recall)
