"""Salary from real description text: LinkedIn postings fed as a user would, against the pay the
poster labelled (linkedin-arshkon-2024-descriptions, linkedin-brightdata-sample-2024)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from jobwatch.pipeline.evaluation.linkedin_text import (
    ARSHKON,
    BRIGHTDATA,
    normalized,
    raw_posting,
    read_rows,
    row_id,
)
from jobwatch.pipeline.evaluation.measures import DatasetResult, Measure, ratio
from jobwatch.pipeline.salary import Annualization

if TYPE_CHECKING:
    from collections.abc import Iterator

DISAGREEMENTS = Path(__file__).with_name("salary_label_disagreements.yaml")
TOLERANCE, YEAR = 0.01, Annualization()
_PERIODS = {"YEARLY": "year", "HOURLY": "hour", "MONTHLY": "month", "WEEKLY": "week"}
_PERIODS |= {"yr": "year", "an": "year", "hr": "hour", "mo": "month", "wk": "week"}
_LABEL_SIDE = re.compile(r"(?P<figure>[^/]*?)\s*/(?P<period>\w+)$")
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


@dataclass(frozen=True)
class PayLabel:
    low: float
    high: float
    period: str
    currency: str  # ISO code; "$" where the label's dollar sign names no country

    def annual(self) -> tuple[float, float]:
        factor = YEAR.factor(self.period)
        return self.low * factor, self.high * factor


@dataclass(frozen=True)
class Row:
    id: str
    csv: dict[str, str]  # the dataset's row as its CSV gives it
    label: PayLabel


def _figure(text: str) -> float:
    """ "$71,500.00", "45 000,00 EUR", "$27.40" -> 71500.0, 45000.0, 27.4"""
    text = re.sub(r"[^\d.,]", "", text)
    cents = re.search(r"[,.](\d\d)$", text)
    whole = re.sub(r"[^\d]", "", text[: cents.start()] if cents else text)
    return float(whole) + (int(cents.group(1)) / 100 if cents else 0.0)


def _arshkon(data_dir: Path) -> Iterator[Row]:
    for r in read_rows(data_dir, ARSHKON):
        if r["pay_period"] not in _PERIODS:
            continue
        low, high = r["min_salary"] or r["med_salary"], r["max_salary"] or r["med_salary"]
        label = PayLabel(float(low), float(high), _PERIODS[r["pay_period"]], r["currency"])
        yield Row(row_id(ARSHKON, r), r, label)


def _bright_label(pay: str) -> PayLabel:
    sides = [_LABEL_SIDE.match(side.strip()) for side in pay.split(" - ")]
    low, high = (s.group("figure") for s in sides if s)
    signs = {"£": "GBP", "€": "EUR", "EUR": "EUR", "₹": "INR"}
    currency = next((code for sign, code in signs.items() if sign in pay), "$")
    period = _PERIODS[sides[0].group("period")] if sides[0] else "year"
    return PayLabel(_figure(low), _figure(high), period, currency)


def _brightdata(data_dir: Path) -> Iterator[Row]:
    for r in read_rows(data_dir, BRIGHTDATA):
        if r["job_base_pay_range"]:
            yield Row(row_id(BRIGHTDATA, r), r, _bright_label(r["job_base_pay_range"]))


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
    return _evaluate(ARSHKON, list(_arshkon(data_dir)), "salary_text")


def evaluate_brightdata(data_dir: Path) -> DatasetResult:
    """linkedin-brightdata-sample-2024: 70 postings with a pay-range label."""
    return _evaluate(BRIGHTDATA, list(_brightdata(data_dir)), "salary_text_brightdata")
