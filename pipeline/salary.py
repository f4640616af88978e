"""Base salary: the source's structured figures first, else the text; annualized and in USD."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from jobwatch.pipeline.fx import usd_per_unit
from jobwatch.pipeline.money import currency_code, parse_number
from jobwatch.pipeline.salary_amount import TextSalary
from jobwatch.pipeline.salary_text import find_salary

MIN_ANNUAL_USD, MAX_ANNUAL_USD = 10_000.0, 2_000_000.0
ABSURD = "salary_absurd"  # the reason a caller counts and quarantines
# Annualization defaults (documented parameters): 2,080 paid hours, 260 days, 52 weeks a year.
HOURS_PER_YEAR, DAYS_PER_YEAR, WEEKS_PER_YEAR = 2080.0, 260.0, 52.0

_PERIOD_WORDS = (
    ("biweekly", r"bi-?weekly|fortnight"),
    ("hour", r"hour|hr\b|hourly"),
    ("day", r"day|daily|diem"),
    ("week", r"week|wk"),
    ("month", r"month|mo\b|mth"),
    ("year", r"year|yr|annual|annum|salary|^pa$"),
)
_PERIOD_PATTERNS = tuple((period, re.compile(words)) for period, words in _PERIOD_WORDS)


@dataclass(frozen=True)
class SalaryResult:
    min: float | None
    max: float | None
    currency: str | None
    period: str | None  # hour | day | week | month | year
    min_usd: float | None  # annualized
    max_usd: float | None
    source: str  # structured | text
    text: str | None
    annual_min: float | None = None  # annualized, in the original currency
    annual_max: float | None = None


@dataclass(frozen=True)
class Annualization:
    """How many hours, days and weeks make a paid year (a convention, so a parameter)."""

    hours: float = HOURS_PER_YEAR
    days: float = DAYS_PER_YEAR
    weeks: float = WEEKS_PER_YEAR

    def factor(self, period: str) -> float:
        return {"hour": self.hours, "day": self.days, "week": self.weeks, "month": 12.0}.get(
            period, 1.0
        )


@dataclass(frozen=True)
class SalaryIssue:
    reason: str  # ABSURD
    detail: str  # quotes the dropped text and its annual USD value


def normalize_period(value: Any) -> str | None:
    """'per-year-salary', 'YEAR', 'annual', 'hourly', 'bi-weekly' -> hour|day|week|biweekly|..."""
    word = str(value or "").strip().lower()
    return next((p for p, pattern in _PERIOD_PATTERNS if pattern.search(word)), None)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) and value > 0 else None
    text = re.sub(r"[^\d.,kK]", "", str(value))
    match = re.fullmatch(r"([\d.,]*\d)([kK]?)", text)
    return parse_number(match.group(1), match.group(2)) or None if match else None


def _from_structured(data: dict[str, Any]) -> TextSalary | None:
    cents = data.get("min_cents") is not None or data.get("max_cents") is not None
    low = _number(data.get("min_cents") if cents else data.get("min", data.get("minValue")))
    high = _number(data.get("max_cents") if cents else data.get("max", data.get("maxValue")))
    if low is None and high is None:
        return None
    if cents:
        low, high = (v / 100 if v is not None else None for v in (low, high))
    currency = currency_code(str(data.get("currency") or data.get("currency_type") or ""))
    period = normalize_period(data.get("period") or data.get("interval") or data.get("unit"))
    if low is not None and high is not None and low > high:
        low, high = high, low
    if period == "year" and max(v for v in (low, high) if v is not None) < 1000:
        # k-less shorthand in a structured field (Recruitee's "75.00" a year = 75,000): no base
        # salary is under 1,000 a year, so the figures are thousands.
        low, high = (v * 1000 if v is not None else None for v in (low, high))
    return TextSalary(low, high, currency or "", period, "")


def _infer_period(found: TextSalary) -> str | None:
    top = max(v for v in (found.min, found.max) if v is not None)
    return "year" if top >= 10_000 else "hour" if top <= 300 else None


def _result(found: TextSalary, source: str, year: Annualization) -> SalaryResult | None:
    period = found.period or _infer_period(found)
    if period is None:
        return None
    low, high = found.min, found.max
    if period == "biweekly":  # stored as weekly figures: the schema has no biweekly period
        low = low / 2 if low is not None else None
        high = high / 2 if high is not None else None
        period = "week"
    rate, factor = usd_per_unit(found.currency), year.factor(period)

    def annual(value: float | None) -> float | None:
        return round(value * factor, 2) if value is not None else None

    def usd(value: float | None) -> float | None:
        return round(value * factor * rate, 2) if value is not None and rate else None

    currency, text = found.currency or None, found.text or None
    return SalaryResult(
        low, high, currency, period, usd(low), usd(high), source, text, annual(low), annual(high)
    )


def _absurd(result: SalaryResult) -> bool:
    values = [v for v in (result.min_usd, result.max_usd) if v is not None]
    return any(v < MIN_ANNUAL_USD or v > MAX_ANNUAL_USD for v in values)


def _issue(result: SalaryResult) -> SalaryIssue:
    shown = result.text or f"{result.min}-{result.max} {result.currency} per {result.period}"
    value = result.max_usd if result.max_usd is not None else result.min_usd
    return SalaryIssue(ABSURD, f"salary dropped: '{shown}' = {value:,.0f} USD a year")


def parse_salary_with_issue(
    structured: dict[str, Any] | None,
    text: str | None,
    *,
    year: Annualization | None = None,
    default_currency: str | None = None,
    lowered: str | None = None,
) -> tuple[SalaryResult | None, SalaryIssue | None]:
    """Base pay from the structured figures, else the text, plus the issue when it was rejected.

    `default_currency` applies to `text` only when it is a salary field (find_salary); `lowered`
    is text.lower() when the caller has it.
    """
    found, source = None, "structured"
    if isinstance(structured, dict):
        found = _from_structured(structured)
    if found is None and text:
        found, source = find_salary(text, default_currency, lowered), "text"
    if found is None:
        return None, None
    result = _result(found, source, year or Annualization())
    if result is not None and _absurd(result):
        return None, _issue(result)
    return result, None


def parse_salary_with_reason(
    structured: dict[str, Any] | None,
    text: str | None,
    *,
    hours_per_year: float = HOURS_PER_YEAR,
    days_per_year: float = DAYS_PER_YEAR,
) -> tuple[SalaryResult | None, str | None]:
    """Like parse_salary, plus the reason (ABSURD) when a figure was found but rejected."""
    year = Annualization(hours_per_year, days_per_year)
    result, issue = parse_salary_with_issue(structured, text, year=year)
    return result, issue.reason if issue else None


def parse_salary(
    structured: dict[str, Any] | None,
    text: str | None,
    *,
    hours_per_year: float = HOURS_PER_YEAR,
    days_per_year: float = DAYS_PER_YEAR,
) -> SalaryResult | None:
    """Base pay from the structured figures, else the text; None when absent or absurd."""
    return parse_salary_with_reason(
        structured, text, hours_per_year=hours_per_year, days_per_year=days_per_year
    )[0]
