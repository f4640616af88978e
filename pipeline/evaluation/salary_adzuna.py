"""Salary text on adzuna-uk-salary: SalaryRaw parsed and annualized the way Adzuna did it."""

from __future__ import annotations

import csv
import re
from typing import TYPE_CHECKING

from jobwatch.pipeline.evaluation.measures import DatasetResult, Measure, ratio
from jobwatch.pipeline.salary import NO_FIGURE, NOT_BASE, Annualization, SalaryResult, parse_salary

if TYPE_CHECKING:
    from pathlib import Path

DATASET = "adzuna-uk-salary"
FILE = "Train_rev1_first2499.csv"
# Adzuna's convention (their SalaryNormalized), passed as parameters: not the project's defaults.
ADZUNA_YEAR = Annualization(hours=1920, days=240, weeks=48)
TOLERANCE = 0.01
NOTES = [
    "Input: the SalaryRaw field, read as a salary field in GBP (the postings are British; Adzuna "
    "strips the £ sign). Gold: SalaryNormalized, Adzuna's annual figure.",
    "Annualized with Adzuna's convention as parameters: hourly x 1,920, daily x 240, weekly x 48, "
    "monthly x 12; a range counts as its midpoint, 'up to X' and 'from X' as X.",
    "Base pay only: a row whose only figure is OTE, commission, a bonus or a perk is left unparsed "
    "with the reason 'not_base_pay'; a row without digits with 'no_figure'. Any other unparsed "
    "row is a parser miss ('unparsed without a reason').",
]


def annual_point(result: SalaryResult) -> float | None:
    """Midpoint of the annual range in the original currency; the only figure when one is given."""
    values = [v for v in (result.annual_min, result.annual_max) if v is not None]
    return sum(values) / len(values) if values else None


def _explained(text: str, reason: str | None) -> str | None:
    """Why a row was left unparsed, when the reason holds; None for a parser miss."""
    if reason == NOT_BASE or (reason == NO_FIGURE and not re.search(r"\d", text)):
        return reason
    return None


def evaluate(data_dir: Path) -> DatasetResult:
    with (data_dir / DATASET / FILE).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    within = unexplained = 0
    reasons: dict[str, int] = {}
    misses: list[dict[str, object]] = []
    for row in rows:
        text, gold = row["SalaryRaw"], float(row["SalaryNormalized"])
        parsed = parse_salary(
            None, None, field=text, year=ADZUNA_YEAR, default_currency="GBP", explain=True
        )
        result = parsed.result
        got = annual_point(result) if result else None
        if got is not None and abs(got - gold) <= TOLERANCE * gold:
            within += 1
            continue
        absurd = next((i.reason for i in parsed.issues), None)
        reason = absurd or (_explained(text, parsed.reason) if result is None else None)
        if result is None:
            reasons[reason or "unexplained"] = reasons.get(reason or "unexplained", 0) + 1
            unexplained += reason is None
        misses.append({"text": text, "gold": gold, "got": got, "reason": reason})
    n = len(rows)
    measures = [
        Measure(
            "salary.within_1pct",
            "annual value within 1% of SalaryNormalized",
            ratio(within, n),
            n,
            "rows whose parsed annual value is within 1% of the gold",
        ),
        Measure(
            "salary.unexplained_unparsed",
            "parsed, or unparsed with a reason",
            ratio(n - unexplained, n),
            n,
            "1 - (unparsed rows without a valid reason) / rows",
        ),
    ]
    notes = [
        *NOTES,
        "Unparsed rows by reason: "
        + (", ".join(f"{k} {v}" for k, v in sorted(reasons.items())) or "none"),
    ]
    return DatasetResult("salary", DATASET, n, measures, notes, misses)
