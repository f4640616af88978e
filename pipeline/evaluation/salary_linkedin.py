"""Salary from real description text: LinkedIn postings fed as a user would, against the labels."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from jobwatch.pipeline.evaluation.linkedin_text import ARSHKON, BRIGHTDATA, normalized, raw_posting
from jobwatch.pipeline.evaluation.measures import DatasetResult, Measure, ratio
from jobwatch.pipeline.evaluation.salary_labels import (
    YEAR,
    PayLabel,
    Row,
    arshkon_rows,
    brightdata_rows,
)

DISAGREEMENTS = Path(__file__).with_name("salary_label_disagreements.yaml")
TOLERANCE = 0.01
# A labelled figure is written when it stands in the text as a number (any grouping, with or
# without cents, or as N k) with a currency sign or code at most 25 characters before it or 8
# after it ("45 000 €").
_CURRENCY_NEAR = re.compile(r"[$£€₹]|\b(?:USD|EUR|GBP|INR)\b")
NOTES = [
    "Input, as a user would feed it: title, company, location and description through the "
    "normalizer (pipeline/record.py); no salary or remote fields. Label: the poster's pay "
    "(arshkon: min/max, or med as both, and pay_period, all USD; brightdata: the pay-range "
    "string, '$N/yr - $N/yr', in its own currency).",
    "Right: both bounds within 1% of the label, each annualized (hour x 2,080, day x 260, week "
    "x 52, month x 12) in the label's currency; a missing bound is wrong.",
    "(a) share right among labelled rows whose labelled figures are both written in the text "
    "(as a number in any grouping, with or without cents, or N k, with a currency sign or code "
    "at most 25 characters before it or 8 after it). (b) precision: right / labelled rows where "
    "jobwatch returned a salary.",
    "A row whose label disagrees with its own text leaves both denominators only when it is "
    "listed with the text's figure in pipeline/evaluation/salary_label_disagreements.yaml.",
]


def written(value: float, text: str) -> bool:
    """Whether `value` stands in `text` as a figure near a currency mark (see NOTES)."""
    forms = {f"{value:.2f}"} if value != int(value) else set()
    if value == int(value):
        whole = f"{int(value):,}"
        for separator in (",", ".", " ", "\u00a0", "\u202f", ""):
            grouped = whole.replace(",", separator)
            forms |= {grouped, grouped + ".00", grouped + ",00"}
        if value >= 1000 and value % 100 == 0:
            forms.add(f"{value / 1000:g}k")
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    for found in re.finditer(rf"(?<![\d.,])(?:{alternatives})(?![\d]|[.,]\d)", text, re.I):
        if _CURRENCY_NEAR.search(text, max(0, found.start() - 25), found.end() + 8):
            return True
    return False


def _same_currency(label: str, got: str | None) -> bool:
    return got is not None and (label == got or (label == "$" and got.endswith("D")))


def is_right(row: dict[str, Any], label: PayLabel) -> bool:
    """Both bounds of the normalized row within 1% of the annualized label."""
    if row["salary_period"] is None or not _same_currency(label.currency, row["salary_currency"]):
        return False
    factor = YEAR.factor(row["salary_period"])
    for got, want in zip((row["salary_min"], row["salary_max"]), label.annual(), strict=True):
        if got is None or abs(got * factor - want) > TOLERANCE * want:
            return False
    return True


@cache
def disagreements() -> dict[str, dict[str, Any]]:
    """dataset -> {id: what the text states}, from salary_label_disagreements.yaml."""
    data = yaml.safe_load(DISAGREEMENTS.read_text(encoding="utf-8")) or {}
    return {str(name): {str(k): v for k, v in rows.items()} for name, rows in data.items()}


def _evaluate(dataset: str, rows: list[Row], key: str) -> DatasetResult:
    listed = disagreements().get(dataset, {})
    right = returned = right_written = written_rows = 0
    misses: list[dict[str, Any]] = []
    for row in rows:
        if row.id in listed:
            continue
        got = normalized(dataset, row.csv)
        text = raw_posting(dataset, row.csv)["description_text"] or ""
        ok = is_right(got, row.label)
        is_written = written(row.label.low, text) and written(row.label.high, text)
        returned += got["salary_period"] is not None
        right += ok
        written_rows += is_written
        right_written += ok and is_written
        if not ok and (is_written or got["salary_period"] is not None):
            misses.append(_miss(row, got, is_written))
    measures = [
        Measure(
            f"{key}.from_text",
            "salary from text: right where the labelled figure is written",
            ratio(right_written, written_rows),
            written_rows,
            "rows right (both bounds within 1% of the annualized label) / labelled rows whose "
            "labelled figures are written in the text",
        ),
        Measure(
            f"{key}.precision",
            "salary precision over labelled rows",
            ratio(right, returned),
            returned,
            "rows right / labelled rows where jobwatch returned a salary",
        ),
    ]
    counts = f"listed as disagreeing with the text: {len(listed)}; salaries returned: {returned}"
    notes = [*NOTES, f"Labelled rows: {len(rows)}; {counts}."]
    return DatasetResult("salary", dataset, len(rows), measures, notes, misses)


def _miss(row: Row, got: dict[str, Any], is_written: bool) -> dict[str, Any]:
    label = row.label
    return {
        "id": row.id,
        "label": f"{label.low:g}-{label.high:g} {label.currency} per {label.period}",
        "got": f"{got['salary_min']}-{got['salary_max']} {got['salary_currency']} per "
        f"{got['salary_period']}",
        "evidence": got["salary_evidence"],
        "written": is_written,
    }


def evaluate(data_dir: Path) -> DatasetResult:
    """linkedin-arshkon-2024-descriptions: 168 labelled postings."""
    return _evaluate(ARSHKON, list(arshkon_rows(data_dir)), "salary_text")


def evaluate_brightdata(data_dir: Path) -> DatasetResult:
    """linkedin-brightdata-sample-2024: 70 postings with a pay-range label."""
    return _evaluate(BRIGHTDATA, list(brightdata_rows(data_dir)), "salary_text_brightdata")
