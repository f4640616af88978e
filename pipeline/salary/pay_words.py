"""Whether a money match is base pay: the words around it that make it a perk, a bonus, revenue,
a price or total pay, and the pay words that say it is a salary."""

from __future__ import annotations

import re

from jobwatch.pipeline.salary.money import NOT_PAY_WORDS, multiplier_word
from jobwatch.pipeline.salary.units import clause_before

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


def is_base_pay(text: str, match: re.Match[str]) -> bool:
    """Not a perk, a bonus, equity, revenue, funding, a price or a benefit limit."""
    if any(multiplier_word(match.group(f"m{i}")) in NOT_PAY_WORDS for i in (1, 2)):
        return False
    if _NOT_BASE_AFTER.match(text, match.end()) or _PERK_AFTER.match(text, match.end()):
        return False
    before = _NOT_BASE_BEFORE.search(clause_before(text, match.start()).lower())
    return before is None or _PAY_AFTER.match(text, match.end()) is not None


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
