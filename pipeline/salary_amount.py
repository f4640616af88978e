"""One money match read as base pay: figures, range, currency, period ("$160K–$210K per year")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobwatch.pipeline.money import CURRENCY_PREFIX, CURRENCY_SUFFIX, currency_code, parse_number
from jobwatch.pipeline.salary_units import clause_before, stated_period

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


MONEY = re.compile(
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
_PAY_AFTER = re.compile(r"\s*(?:base|salary|annual salary|base pay)\b", re.I)  # "$150k base"
_PAY_WORDS = re.compile(r"\b(salary|compensation|pay|base|wage|rate|earn|ote|remuneration)", re.I)
# Every character a MONEY match can consume (a test derives the set from the pattern): one
# outside it ("(", ":", "’", "y", "w") never sits inside an amount, so no match spans it.
AMOUNT_CHARS = r"[\s\d $',\-.A-PRSUW-Za-ik-pr-uxz\u00a0\u202f£¥Łł–—₩€₹]"


@dataclass(frozen=True)
class TextSalary:
    min: float | None
    max: float | None
    currency: str
    period: str | None  # hour | day | week | biweekly | month | year, None when not stated
    text: str


def is_base_pay(text: str, match: re.Match[str]) -> bool:
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


def currency_of(match: re.Match[str]) -> str | None:
    for group in ("c1", "s1", "c2", "s2"):
        if match.group(group):
            return currency_code(match.group(group))
    return None


def build_salary(
    text: str, match: re.Match[str], default_currency: str | None
) -> TextSalary | None:
    currency = currency_of(match) or default_currency
    if currency is None or not is_base_pay(text, match):
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
