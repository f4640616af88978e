"""Find a base-pay figure or range in free text ("$160K–$210K per year", "€85.000 – €105.000")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.money import (
    CURRENCY_PREFIX,
    CURRENCY_SUFFIX,
    currency_code,
    mentions_currency,
    parse_number,
)
from pipeline.salary_units import clause_before, spell_out_units, stated_period

_NUMBER = (
    r"\d{1,2}(?:,\d{2})+,\d{3}"  # Indian grouping: 25,00,000
    r"|\d{1,3}(?:[,.\u00a0\u202f' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
)
_MULT = r"(?:\s?(?:k|K|m|M|mm|MM|thousand|million|mil|lpa|LPA|lakhs?|lacs?)(?![A-Za-z]))?"


def _amount(i: int) -> str:
    return (
        rf"(?P<c{i}>{CURRENCY_PREFIX})?\s?(?P<n{i}>{_NUMBER})(?P<m{i}>{_MULT})"
        rf"(?:\s?(?P<s{i}>{CURRENCY_SUFFIX}))?"
    )


_MONEY = re.compile(
    rf"(?P<q>\b(?:up to|to|max(?:imum)?|from|starting (?:at|from)|min(?:imum)?|at least)\s+)?"
    rf"(?<![\w.,])(?:{_amount(1)})(?:\s*(?:-|–|—|to|and|bis)\s*(?:{_amount(2)}))?(?![\w])",
)
_NOT_BASE_BEFORE = re.compile(
    r"\b(ote|on[- ]target|bonus(es)?|equity|commissions?|stipends?|signing|sign[- ]on|relocation|"
    r"allowance|raised|funding|valuation|revenue|arr|series [a-f]|budget|reimburse\w*|401)\b"
    r"(?![^.;\n]*\b(base|salary|pay range|compensation range)\b)",
    re.IGNORECASE,
)
_NOT_BASE_AFTER = re.compile(
    r"\s*\)?\s*(ote|on[- ]target|bonus|commissions?|in equity|equity|in stock|stock|rsus?|"
    r"stipend|signing|sign-on|budget|in funding|funding|revenue|arr|in revenue)\b",
    re.IGNORECASE,
)
# Perks are not pay: "$1,500 annual learning budget", "$100/month wellness allowance", "$2,000 a
# year for conferences". Up to three plain words may sit between the amount and the perk noun, but
# never "base"/"salary"/"pay" (so "$150k base salary and bonus" stays pay) and never a "+".
_PERK_AFTER = re.compile(
    r"[\s/(]*(?:(?!(?:base|salary|pay|plus|and|or|with|shift|overtime)\b)[a-z]+[\s/-]+){0,3}?"
    r"(?:budget|stipend|allowance|reimbursement|credit|grant|voucher|perk|benefit|"
    r"(?:signing|sign-on|joining|referral|relocation|retention) (?:bonus|award)|"
    r"for (?:learning|education|training|conferences?|books|courses|professional development|"
    r"home office|equipment|wellness|wellbeing|gym|travel|coworking|childcare))\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# How far before its first digit a _MONEY match can start: "starting from" + spaces + "USD $".
_QUALIFIER_CHARS, _CURRENCY_CHARS = len("starting from"), len("USD $") + 1
# Each qualifier _MONEY reads before an amount contains one of these (case as _MONEY reads it).
_QUALIFIER_WORDS = ("to", "max", "from", "start", "min", "at least")
_QUALIFIER_HINT = re.compile("|".join(_QUALIFIER_WORDS))
NO_FIGURE = "no_figure"  # reasons find_salary_with_reason gives for a text without a salary
NOT_BASE = "not_base_pay"
NO_CURRENCY = "no_currency"
_PAY_AFTER = re.compile(r"\s*(?:base|salary|annual salary|base pay)\b", re.I)  # "$150k base"
_PAY_WORDS = re.compile(r"\b(salary|compensation|pay|base|wage|rate|earn|ote|remuneration)", re.I)


@dataclass(frozen=True)
class TextSalary:
    min: float | None
    max: float | None
    currency: str
    period: str | None  # hour | day | week | biweekly | month | year, None when not stated
    text: str


def _is_base_pay(text: str, match: re.Match[str]) -> bool:
    if _NOT_BASE_BEFORE.search(clause_before(text, match.start())):
        return False
    if _NOT_BASE_AFTER.match(text, match.end()) or _PERK_AFTER.match(text, match.end()):
        return False
    return not any(
        (match.group(f"m{i}") or "").strip().lower() in {"m", "mm", "million", "mil"}
        for i in (1, 2)
    )


def _values(match: re.Match[str]) -> tuple[float, float | None]:
    first = parse_number(match.group("n1"), match.group("m1"))
    if match.group("n2") is None:
        return first, None
    second = parse_number(match.group("n2"), match.group("m2"))
    suffix_only = not (match.group("m1") or "").strip() and (match.group("m2") or "").strip()
    if suffix_only and not match.group("c2") and first < 1000:
        first = parse_number(match.group("n1"), match.group("m2"))  # "$150-200k"
    elif not (match.group("m1") or "").strip() and first < 1000 <= first * 1000 <= second:
        first *= 1000  # "30-45000", "21 - 23,000": thousands said once
    return first, second


def _currency(match: re.Match[str]) -> str | None:
    for group in ("c1", "s1", "c2", "s2"):
        if match.group(group):
            return currency_code(match.group(group))
    return None


def _build(text: str, match: re.Match[str], default_currency: str | None) -> TextSalary | None:
    currency = _currency(match) or default_currency
    if currency is None or not _is_base_pay(text, match):
        return None
    low, high = _values(match)
    shared_suffix = match.group("s2") and not match.group("c2")
    first_has_currency = match.group("c1") or match.group("s1") or shared_suffix
    if high is not None and not (first_has_currency or default_currency):
        return None  # "team of 200 and $150k": the first number carries no currency
    if high is not None and not 0 < min(low, high) * 10 >= max(low, high):
        return None  # "team of 200 and $150k" is not a range
    period = stated_period(text, match)
    if high is None:
        qualifier = (match.group("q") or "").strip().lower()
        pay_context = _PAY_WORDS.search(clause_before(text, match.start())) or _PAY_AFTER.match(
            text, match.end()
        )
        if not (qualifier or period or pay_context or default_currency):
            return None
        if qualifier in {"up to", "to", "max", "maximum"}:
            return TextSalary(None, low, currency, period, match.group(0).strip())
        if qualifier:
            return TextSalary(low, None, currency, period, match.group(0).strip())
        high = low
    return TextSalary(min(low, high), max(low, high), currency, period, match.group(0).strip())


def _search_from(text: str, position: int) -> int | None:
    """A start for _MONEY.search that finds what a search from `position` finds, skipping the
    digit-free stretch before it (every match has a number; before its first digit come at most
    a qualifier word, a run of spaces and a currency); None when no digit is left."""
    digit = _DIGIT.search(text, position)
    if digit is None:
        return None
    start = digit.start() - _CURRENCY_CHARS
    while start > position and text[start - 1].isspace():
        start -= 1  # the spaces after "up to" can be many
    start = max(position, start - _QUALIFIER_CHARS)
    if _QUALIFIER_HINT.search(text, start, digit.start()):
        return start
    # No qualifier before the digit: a match starts at most a currency and a space before it
    # (~3x fewer places for _MONEY to try, each costing the whole alternation).
    return max(start, digit.start() - _CURRENCY_CHARS)


def find_salary_with_reason(
    text: str, default_currency: str | None = None
) -> tuple[TextSalary | None, str | None]:
    """The first base-pay amount or range, else None and why (NO_FIGURE, NOT_BASE, NO_CURRENCY).

    `default_currency` is for a source's salary field, which states pay by definition: there a
    bare "22500 to 28000 per year" is pay in that currency. Descriptions need a currency.
    """
    seen: set[str] = set()
    found = _scan(text, default_currency, seen)
    if found is not None:
        return found, None
    return None, next((r for r in (NOT_BASE, NO_CURRENCY) if r in seen), NO_FIGURE)


def _scan(
    text: str, default_currency: str | None, seen: set[str] | None, lowered: str | None = None
) -> TextSalary | None:
    """The first amount _build accepts; each rejected one's reason goes into `seen` (if given)."""
    text = spell_out_units(text, lowered)
    position = 0
    while (start := _search_from(text, position)) is not None and (
        match := _MONEY.search(text, start)
    ):
        found = _build(text, match, default_currency)
        if found is not None:
            return found
        if seen is not None and not _is_base_pay(text, match):
            seen.add(NOT_BASE)
        elif seen is not None and _currency(match) is None and default_currency is None:
            seen.add(NO_CURRENCY)
        # A failed range may have swallowed a real amount as its second half: retry from there.
        second = match.start("c2") if match.group("c2") else match.start("n2")
        position = second if match.group("n2") and second > match.start() else match.end()
    return None


def find_salary(
    text: str, default_currency: str | None = None, lowered: str | None = None
) -> TextSalary | None:
    """The first base-pay amount or range with a currency; None when the text states none.
    `lowered` is text.lower() when the caller has it."""
    if default_currency is None and not mentions_currency(text):
        return None  # _build never accepts an amount without a currency: skip the search
    return _scan(text, default_currency, None, lowered)
