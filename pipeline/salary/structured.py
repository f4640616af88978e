"""A source's structured pay fields ({"min", "max", "currency", "period"}), checked value by value:
a value that cannot be pay is refused with its reason, never dropped in silence."""

from __future__ import annotations

import math
import re
from typing import Any

from jobwatch.pipeline.salary.amount import TextSalary
from jobwatch.pipeline.salary.money import currency_code, parse_number

INVALID = "salary_invalid"  # the reason a caller counts and quarantines

_PERIOD_WORDS = (
    ("biweekly", r"bi-?weekly|fortnight"),
    ("hour", r"hour|hr\b|hourly"),
    ("day", r"day|daily|diem"),
    ("week", r"week|wk"),
    ("month", r"month|mo\b|mth"),
    ("year", r"year|yr|annual|annum|salary|^pa$"),
)
_PERIOD_PATTERNS = tuple((period, re.compile(words)) for period, words in _PERIOD_WORDS)
_FIGURE = re.compile(r"([\d.,]*\d)([kK]?)")


class InvalidSalary(ValueError):
    """A structured value that cannot be pay; str() quotes it."""


def normalize_period(value: Any) -> str | None:
    """'per-year-salary', 'YEAR', 'annual', 'hourly', 'fortnight' -> hour|day|week|biweekly|..."""
    word = str(value or "").strip().lower()
    return next((p for p, pattern in _PERIOD_PATTERNS if pattern.search(word)), None)


def _number(name: str, value: Any) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise InvalidSalary(f"{name} is a boolean ({value})")
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value).strip()
        match = _FIGURE.fullmatch(re.sub(r"[^\d.,kK\-]", "", text))
        if match is None or text.lstrip().startswith("-"):
            raise InvalidSalary(f"{name} is not a figure ({text[:40]!r})")
        number = parse_number(match.group(1), match.group(2))
    if not math.isfinite(number) or number < 0:
        raise InvalidSalary(f"{name} is not a positive figure ({value!r})")
    return number or None


def _currency(data: dict[str, Any], home: str | None) -> str | None:
    written = str(data.get("currency") or data.get("currency_type") or "").strip()
    if not written:
        return home  # a pay field without a currency is in the posting's country's
    code = currency_code(written)
    if code is None:
        raise InvalidSalary(f"unknown currency {written[:20]!r}")
    return code


def _period(data: dict[str, Any]) -> str | None:
    written = data.get("period") or data.get("interval") or data.get("unit")
    period = normalize_period(written)
    if written and period is None:
        raise InvalidSalary(f"unknown period {str(written)[:20]!r}")
    return period


def from_structured(data: dict[str, Any], home: str | None = None) -> TextSalary | None:
    """The figures of a structured pay object; None when it states none; InvalidSalary when a
    value cannot be pay (negative, NaN, infinite, not a figure, an unknown currency or period)."""
    cents = data.get("min_cents") is not None or data.get("max_cents") is not None
    low = _number("min", data.get("min_cents") if cents else data.get("min", data.get("minValue")))
    high = _number("max", data.get("max_cents") if cents else data.get("max", data.get("maxValue")))
    if low is None and high is None:
        return None
    if cents:
        low, high = (v / 100 if v is not None else None for v in (low, high))
    currency, period = _currency(data, home), _period(data)
    if low is not None and high is not None and low > high:
        low, high = high, low
    if period == "year" and max(v for v in (low, high) if v is not None) < 1000:
        # k-less shorthand in a structured field (Recruitee's "75.00" a year = 75,000): no base
        # salary is under 1,000 a year, so the figures are thousands.
        low, high = (v * 1000 if v is not None else None for v in (low, high))
    return TextSalary(low, high, currency, period, "", cue=True)
