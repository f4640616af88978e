"""Currency symbols/codes and number formats as written in postings ("US$", "C$", "€85.000,50")."""

from __future__ import annotations

import re

# Longest first: "US$" before "$", "CAD $" before "CAD".
_SYMBOLS = {
    "US$": "USD",
    "USD$": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAN$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "S$": "SGD",
    "SG$": "SGD",
    "HK$": "HKD",
    "R$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "₹": "INR",
    "RS.": "INR",
    "RS": "INR",
    "¥": "JPY",
    "₩": "KRW",
    "$": "USD",
    "ZŁ": "PLN",
}
_CODES = (
    "USD|EUR|GBP|CAD|AUD|NZD|CHF|INR|JPY|SGD|HKD|CNY|SEK|NOK|DKK|PLN|CZK|ILS|AED|BRL|MXN|ZAR|KRW"
)
_SYMBOL_PATTERN = "|".join(
    re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True) if s != "RS"
)
CURRENCY_PREFIX = rf"(?:(?:{_CODES})\s?(?:[$€£¥₹])?|{_SYMBOL_PATTERN}|Rs\.?)"
CURRENCY_SUFFIX = rf"(?:{_CODES}|€|£|zł)(?![A-Za-z])"
# Every CURRENCY_PREFIX/CURRENCY_SUFFIX match contains one of these (a cheap necessary test). A
# plain alternation of literals: re skips to their first letters, ~10x faster than a loop of `in`
# tests on non-ASCII text, or than the same with a [$€£] class in it.
_CURRENCY_MARK = re.compile(rf"{_CODES}|\$|€|£|¥|₹|₩|Rs|RS\.|ZŁ|zł")
_SPACES = re.compile(r"\s+")
_CODE_START = re.compile(rf"^({_CODES})")
_GROUP_SPACES = re.compile(r"[\s\u00a0\u202f']")
_INDIAN = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}")
_DECIMAL = re.compile(r"[.,](\d{1,2})$")
_SEPARATOR = re.compile(r"[.,]")

_MULTIPLIERS = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mm": 1e6,
    "mil": 1e6,
    "million": 1e6,
    "lpa": 1e5,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
}


def currency_code(token: str) -> str | None:
    """ISO 4217 code for a symbol or code as written ("C$" -> "CAD", "eur" -> "EUR")."""
    clean = _SPACES.sub("", token).upper()
    code = _CODE_START.match(clean)
    if code:
        return code.group(1)
    return _SYMBOLS.get(clean)


def currency_mark_at(text: str, position: int = 0) -> int:
    """Where the first currency mark at or after `position` starts (every CURRENCY_PREFIX and
    CURRENCY_SUFFIX match holds one), -1 when there is none."""
    mark = _CURRENCY_MARK.search(text, position)
    return mark.start() if mark else -1


def _plain_number(text: str) -> float:
    digits = _GROUP_SPACES.sub("", text)
    if _INDIAN.fullmatch(digits):  # Indian grouping: 25,00,000
        return float(digits.replace(",", ""))
    decimal = _DECIMAL.search(digits)
    if decimal:  # "45.50", "85.000,50": the last separator followed by 1-2 digits is decimal
        whole = _SEPARATOR.sub("", digits[: decimal.start()])
        return float(f"{whole}.{decimal.group(1)}")
    return float(_SEPARATOR.sub("", digits))


def parse_number(text: str, multiplier: str | None = None) -> float:
    """A number as written ("150,000", "85.000", "45.50") times its suffix ("k", "lakh")."""
    value = _plain_number(text)
    factor = _MULTIPLIERS.get((multiplier or "").strip().lower(), 1.0)
    return value * factor
