"""One money match read as base pay: figures, range, currency, period ("$160K–$210K per year")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobwatch.pipeline.salary.money import (
    CURRENCY_PREFIX,
    CURRENCY_SUFFIX,
    LAKH_WORDS,
    NOT_PAY_WORDS,
    currency_code,
    multiplier_word,
    parse_number,
)
from jobwatch.pipeline.salary.units import clause_before, stated_period

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
_NOT_PAY = (
    r"ote|on[- ]target|bonus(?:es)?|equity|commissions?|stipends?|signing|sign[- ]on|relocation|"
    r"allowance|raised|funding|valuation|revenues?|arr|series [a-f]|budgets?|reimburse\w*|401|"
    r"insurance|coverage|deductibles?|premiums?|tuition|sales (?:targets?|goals?|quotas?|of|"
    r"volume)|annual sales|quotas?|(?:sales|revenue) targets?|prices?|priced|(?<!-)costs?|assets|"
    r"aum|portfolio|loans?|donations?|fees?|worth|generate|spend|invest\w*|claims?|limits?|"
    r"differentials?|discounts?|savings|contracts? (?:\w+ )?(?:exceed|worth|valued|total\w*)|"
    # earning potential is not pay (it is commission or a top performer's total)
    r"earnings?|earning potential|income potential|potential to (?:earn|make)|"
    r"(?:could|can) (?:earn|make|net)|"
    # a raise is not the salary: "a pay increase of $1 for each additional tier"
    r"increases?|raises?|increments?"
)
# The word is the amount's unless a pay word, or another amount, stands between them, or it adds
# to an earlier figure ("$100,000 + bonuses").
_NOT_BASE_BEFORE = re.compile(
    rf"(?<!\+ )(?<!plus )\b(?:{_NOT_PAY})\b(?![^.;\n]*(?:\b(?:base|salary|salaries|wages?|"
    r"pay range|pay rate|compensation|hourly rate)\b|[$€£₹]))",
)  # searched in the lower-cased clause: ~4x faster than re.IGNORECASE over the alternation
_NOT_BASE_AFTER = re.compile(
    r"\s*\)?\s*(?:ote|on[- ]target|bonus|commissions?|in equity|equity|in stock|stock|"
    r"rsus?|stipend|signing|sign-on|budget|in funding|funding|revenue|arr|in (?:annual )?revenue|"
    r"in (?:annual )?sales|in assets|aum|in (?:gross )?premiums?|in claims|in loans|in deals|"
    r"of coverage|coverage|deductible|life insurance|market|worth|quota|in contracts|contracts?|"
    r"book of business|(?:shift )?differential|tuition|per (?:paycheck|pay period) premium|"
    # a piece rate has no period to annualize: "$300 per batch of 10 interviews", "$50 per visit"
    r"(?:per|a|an|/)\s?(?:batch|piece|item|video|interview|article|post|word|session|visit|"
    r"project|assignment|task|lead|referral|delivery|mile|stop|unit|sale|case|appointment))\b",
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
# "$150k base", "$60,000/year salary": pay said right after the amount (and its period).
_PAY_AFTER = re.compile(
    r"(?:\s*/\s*[a-z]+|\s+(?:per|an?)\s+[a-z]+)?\s*(?:base|salary|annual salary|base pay)\b", re.I
)
_PAY_WORDS = re.compile(r"\b(salary|compensation|pay|base|wage|rate|earn|remuneration)", re.I)
_RANGE_WORDS = re.compile(r"\b(range|band|scale)\b", re.I)  # "Full Range: $18.50 - $27.00"
# Total pay is not base pay: kept only when the posting states no base figure beside it.
_TOTAL = re.compile(
    r"\b(?:total (?:annual |target |cash )?(?:compensation|comp|rewards?|package|pay|"
    r"value)|package)\b",
    re.IGNORECASE,
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


def is_base_pay(text: str, match: re.Match[str]) -> bool:
    """Not a perk, a bonus, equity, revenue, funding, a price or a benefit limit."""
    if any(multiplier_word(match.group(f"m{i}")) in NOT_PAY_WORDS for i in (1, 2)):
        return False
    if _NOT_BASE_AFTER.match(text, match.end()) or _PERK_AFTER.match(text, match.end()):
        return False
    before = _NOT_BASE_BEFORE.search(clause_before(text, match.start()).lower())
    return before is None or _PAY_AFTER.match(text, match.end()) is not None


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


def pay_cue(text: str, match: re.Match[str]) -> bool:
    """A pay word in the clause before the amount, or right after it."""
    # A pay word leads a clause from further away than a perk's: "base pay between USD X in the
    # lowest-cost market and USD Y".
    before = clause_before(text, match.start(), reach=80)
    if not before.strip():  # a heading on the line before: "Pay Rate\n\n$17.00"
        before = _heading_before(text, match.start())
    if _PAY_WORDS.search(before) or _RANGE_WORDS.search(before):
        return True
    return _PAY_AFTER.match(text, match.end()) is not None


def _heading_before(text: str, start: int) -> str:
    """The last non-blank line before `start` when it is short enough to be a heading."""
    lines = [line for line in text[max(0, start - 60) : start].split("\n") if line.strip()]
    return lines[-1] if lines and len(lines[-1].strip()) <= 40 else ""


def is_total(text: str, match: re.Match[str]) -> bool:
    """Total compensation or a package, unless the amount is called salary or base right after."""
    if _PAY_AFTER.match(text, match.end()):
        return False
    return bool(_TOTAL.search(clause_before(text, match.start())))


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
