"""One money match read as base pay: figures, range, currency, period ("$160K–$210K per year")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobwatch.pipeline.salary.money import (
    CURRENCY_PREFIX,
    CURRENCY_SUFFIX,
    LAKH_WORDS,
    currency_code,
    multiplier_word,
    parse_number,
)
from jobwatch.pipeline.salary.pay_words import is_base_pay, is_total, pay_cue
from jobwatch.pipeline.salary.units import stated_period

_NUMBER = (
    r"\d{1,2}(?:,\d{2})+,\d{3}"  # Indian grouping: 25,00,000
    r"|\d{1,3}(?:[,.\u00a0\u202f' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
)
# "L" (lakh) only glued to its figure ("₹12L"); "B"/"bn" and "million" are read to be refused.
_MULT = (
    r"(?:\s?(?:k|K|m|M|mm|MM|B|bn|billion|thousand|million|mil|lpa|LPA|lakhs?|lacs?|crores?|Cr)"
    r"(?![a-z]|[A-Z][A-Z])|L(?![A-Za-z]))?"
)
_DASH = r"-|–|—|−|‒"


def _amount(i: int) -> str:
    return (
        rf"(?P<c{i}>{CURRENCY_PREFIX})?\s?(?P<n{i}>{_NUMBER})(?P<m{i}>{_MULT})"
        rf"(?:\s?(?P<s{i}>{CURRENCY_SUFFIX}))?"
    )


# An amount may be glued to the capitalized word after it in flattened text ("$85,000Benefits").
MONEY = re.compile(
    # the qualifier in any case: "Pay: From $15.00 per hour", "Up to $24.00" (Indeed's fields)
    r"(?P<q>\b(?i:up to|to|max(?:imum)?|from|start(?:s|ing)? (?:at|from)|min(?:imum)?|"
    r"at least)\s+)?"
    rf"(?:(?<![\w.,])|(?<=[A-Za-z])(?=[$€£¥₹]))(?:{_amount(1)})(?:\s*(?:{_DASH}|to|and|bis)\s*(?:{_amount(2)}))?(?![a-z\d_])",
)
# Every character a MONEY match can consume (a test derives the set from the pattern): one
# outside it ("(", ":", "’", "y", "w") never sits inside an amount, so no match spans it.
AMOUNT_CHARS = r"[\s\d $',\-.A-Za-ik-pr-uxz\u00a0\u202f£¥Łł–—−‒₩€₹]"


@dataclass(frozen=True)
class TextSalary:
    min: float | None
    max: float | None
    currency: str | None  # None: the figures are kept, the currency could not be told
    period: str | None  # hour | day | week | biweekly | month | year, None when not stated
    text: str  # the matched span, the salary's evidence
    start: int = 0  # where the span starts and ends in the text searched
    end: int = 0
    cue: bool = False  # a pay word before or right after it ("Salary range:", "$150k base")
    total: bool = False  # total compensation, a package or earning potential, not base pay


def _values(match: re.Match[str]) -> tuple[float, float | None]:
    first = parse_number(match.group("n1"), match.group("m1"))
    if match.group("n2") is None:
        return first, None
    second = parse_number(match.group("n2"), match.group("m2"))
    suffix_only = not (match.group("m1") or "").strip() and (match.group("m2") or "").strip()
    if suffix_only and not match.group("c2") and first < 1000:
        first = parse_number(match.group("n1"), match.group("m2"))  # "$150-200k", "10-14 LPA"
    elif not (match.group("m1") or "").strip() and first < 1000 <= first * 1000 <= second:
        first *= 1000  # "30-45000", "21 - 23,000": thousands said once
    return first, second


def currency_of(match: re.Match[str]) -> str | None:
    """The currency the amount is written with; INR for lakh figures without one ("10-14 LPA").
    A bare "$" names no particular dollar: a code written with the amount does ("$100k-$120k
    CAD")."""
    written = [(match.group(g) or "").strip() for g in ("c1", "s1", "c2", "s2")]
    codes = [(mark, code) for mark in written if (code := currency_code(mark))]
    if codes:
        return next((code for mark, code in codes if mark != "$"), codes[0][1])
    lakh = any(multiplier_word(match.group(f"m{i}")) in LAKH_WORDS for i in (1, 2))
    return "INR" if lakh else None


def build_salary(text: str, match: re.Match[str], default: str | None) -> TextSalary | None:
    """The base pay `match` states, in its own currency, else in `default` (a pay field's or a
    pay cue's: there a bare "90K-120K" is pay), else None."""
    low, high = _values(match)
    shared_suffix = match.group("s2") and not match.group("c2")
    first_has_currency = match.group("c1") or match.group("s1") or shared_suffix
    own = currency_of(match)
    currency = own or default
    if currency is None or not is_base_pay(text, match):
        return None
    if high is not None and not (first_has_currency or own == "INR" or default):
        return None  # "team of 200 and $150k": the first number carries no currency
    if high is not None and not 0 < min(low, high) * 10 >= max(low, high):
        return None  # "team of 200 and $150k" is not a range
    period, cue = stated_period(text, match), pay_cue(text, match)
    bounds: tuple[float | None, float | None] = (
        (min(low, high), max(low, high)) if high else (low, low)
    )
    if high is None:
        qualifier = (match.group("q") or "").strip().lower()
        if not (qualifier or period or cue or default):
            return None  # a lone figure says nothing about pay: "$10", "$50 gift card"
        if qualifier in {"up to", "to", "max", "maximum"}:
            bounds = (None, low)
        elif qualifier:
            bounds = (low, None)
    return TextSalary(
        bounds[0],
        bounds[1],
        currency,
        period,
        match.group(0).strip(),
        match.start(),
        match.end(),
        cue=cue,
        total=is_total(text, match),
    )
