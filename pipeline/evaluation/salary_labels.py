"""The pay the posters labelled on the LinkedIn sets with text, read into one shape."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jobwatch.pipeline.evaluation.linkedin_text import ARSHKON, BRIGHTDATA, read_rows, row_id
from jobwatch.pipeline.salary import Annualization

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

YEAR = Annualization()
_PERIODS = {"YEARLY": "year", "HOURLY": "hour", "MONTHLY": "month", "WEEKLY": "week"}
_PERIODS |= {"yr": "year", "an": "year", "hr": "hour", "mo": "month", "wk": "week"}
_LABEL_SIDE = re.compile(r"(?P<figure>[^/]*?)\s*/(?P<period>\w+)$")


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


def arshkon_rows(data_dir: Path) -> Iterator[Row]:
    for r in read_rows(data_dir, ARSHKON):
        if r["pay_period"] not in _PERIODS:
            continue
        low, high = r["min_salary"] or r["med_salary"], r["max_salary"] or r["med_salary"]
        label = PayLabel(float(low), float(high), _PERIODS[r["pay_period"]], r["currency"])
        yield Row(row_id(ARSHKON, r), r, label)


def bright_label(pay: str) -> PayLabel:
    sides = [_LABEL_SIDE.match(side.strip()) for side in pay.split(" - ")]
    low, high = (s.group("figure") for s in sides if s)
    signs = {"£": "GBP", "€": "EUR", "EUR": "EUR", "₹": "INR"}
    currency = next((code for sign, code in signs.items() if sign in pay), "$")
    period = _PERIODS[sides[0].group("period")] if sides[0] else "year"
    return PayLabel(_figure(low), _figure(high), period, currency)


def brightdata_rows(data_dir: Path) -> Iterator[Row]:
    for r in read_rows(data_dir, BRIGHTDATA):
        if r["job_base_pay_range"]:
            yield Row(row_id(BRIGHTDATA, r), r, bright_label(r["job_base_pay_range"]))
