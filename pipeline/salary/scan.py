"""Every base-pay amount or range in free text ("$160K–$210K per year", "€85.000 – €105.000")."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from jobwatch.pipeline.salary.amount import (
    AMOUNT_CHARS,
    MONEY,
    TextSalary,
    build_salary,
    currency_of,
)
from jobwatch.pipeline.salary.money import home_dollar, money_marks
from jobwatch.pipeline.salary.pay_words import is_base_pay
from jobwatch.pipeline.salary.units import clause_before, spell_out_units

_DIGIT = re.compile(r"\d")
# How far before its first digit a MONEY match can start: "starting from" + spaces + "USD $".
_QUALIFIER_CHARS, _CURRENCY_CHARS = len("starting from"), len("USD $") + 1
# Each qualifier MONEY reads before an amount contains one of these (in any case, as MONEY).
_QUALIFIER_WORDS = ("to", "max", "from", "start", "min", "at least")
_QUALIFIER_HINT = re.compile("|".join(_QUALIFIER_WORDS), re.IGNORECASE)
NO_FIGURE = "no_figure"  # reasons a text without a salary is given
NOT_BASE = "not_base_pay"
NO_CURRENCY = "no_currency"
# The characters right before a currency mark that an amount holding it can span, read backwards.
_AMOUNT_RUN, _RUN_SPAN = re.compile(f"{AMOUNT_CHARS}*"), 300
# Markdown escapes in copied text: "\$90,000 \- \$110,000".
_ESCAPED = re.compile(r"\\([$\-–€£])")
# "Salary range: 90K-120K": k-figures with no currency sign right after a pay cue.
_CUE_K = re.compile(
    r"\b(?:salary|pay|compensation|base)(?: range| rate| band)?\s?[:\-–]?\s?"
    r"(?=\d{2,3}(?:[.,]\d)?\s?k\s?(?:[-–—−]|to)\s?\d{2,3}(?:[.,]\d)?\s?k\b)"
)
# Where a k-figure ends a range's first half ("90K-120K"). Two patterns, each opening with its
# letter: re skips to the literal ("[kK]" first is tried at every character, ~7x the time).
_K_RANGE_HINTS = tuple(re.compile(rf"{k}\s?(?:[-–—−]|to)\s?\d") for k in "kK")
# Two single amounts that state one range: "Minimum pay of $X to maximum pay of $Y", "$X.00 USD
# Hourly - $Y.00 USD Hourly", "between USD X in the lowest-cost market and USD Y in the highest",
# "starts at $23.00 with progressions up to $24.00/hour". The words between hold no figure, no
# currency and no sentence end, and end in a connector (or the second amount opens with "up to").
_GAP = re.compile(r"[^\d.;\n$€£¥₹]{0,45}")
_CONNECTOR = re.compile(
    r"(?:-|–|—|−|\bto|\band|\bthrough|\bthru)\s*(?:(?:a\s+)?max(?:imum)?\b[\sa-z]*)?$", re.I
)


def _search_from(text: str, position: int) -> int | None:
    """A start for MONEY.search that finds what a search from `position` finds, skipping the
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
    # (~3x fewer places for MONEY to try, each costing the whole alternation).
    return max(start, digit.start() - _CURRENCY_CHARS)


def _resume(text: str, position: int, marks: list[int]) -> int | None:
    """Where a scan from `position` can go on and find the same accepted amount; None when no
    currency mark is left (every amount after `position` lacks a currency). An amount with a
    currency holds a mark; it cannot span a character outside AMOUNT_CHARS, so it starts after
    the last one before the next mark, and every amount before that has no currency. `marks`
    are the currency marks' places (money_marks)."""
    index = bisect_left(marks, position)
    if index == len(marks):
        return None
    mark = marks[index]
    low = max(position, mark - _RUN_SPAN)
    run = _AMOUNT_RUN.match(text[low:mark][::-1])
    reach = run.end() if run else 0
    return position if reach == mark - low else mark - reach


def prepare(text: str, lowered: str | None = None) -> str:
    """The text as the scan reads it: markdown escapes dropped, glued periods spelled out."""
    if "\\" in text:
        text, lowered = _ESCAPED.sub(r"\1", text), None
    return spell_out_units(text, lowered)


def scan(
    text: str,
    default: str | None = None,
    home: str | None = None,
    seen: set[str] | None = None,
) -> list[TextSalary]:
    """Every amount build_salary accepts in a prepared text, single amounts that state one range
    joined. `default` is the currency of a pay field (every bare figure there is pay); `home`
    the posting's, for k-figures right after a pay cue. Rejected amounts' reasons go into `seen`
    (when given; amounts without a currency are then read too, not skipped)."""
    cue_k = set()
    if home and any(hint.search(text) for hint in _K_RANGE_HINTS):
        cue_k = {m.end() for m in _CUE_K.finditer(text.lower())}
    found: list[TextSalary] = []
    # Lakh words say rupees without a sign ("10-14 LPA"): a text holding one is read in full.
    marks, lakh = money_marks(text)
    skip, position = default is None and seen is None and not cue_k and not lakh, 0
    while True:
        resumed = _resume(text, position, marks) if skip else position
        start = None if resumed is None else _search_from(text, resumed)
        match = None if start is None else MONEY.search(text, start)
        if match is None:
            return _join_ranges(text, found)
        fallback = home if match.start("n1") in cue_k else default
        salary = build_salary(text, match, fallback)
        if salary is not None:
            local = salary.currency == "USD" and home_dollar(
                home, text[match.start() : match.end() + 12]
            )
            found.append(replace(salary, currency=local) if local else salary)
            position = match.end()
            continue
        if seen is not None:
            _note_rejection(text, match, fallback, seen)
        # A failed range may have swallowed a real amount as its second half: retry from there
        # (unless the range was refused as not pay: its second half is not pay either).
        if match.group("n2") and not is_base_pay(text, match):
            position = match.end()
            continue
        second = match.start("c2") if match.group("c2") else match.start("n2")
        position = second if match.group("n2") and second > match.start() else match.end()


def _note_rejection(text: str, match: re.Match[str], fallback: str | None, seen: set[str]) -> None:
    if currency_of(match) is None and fallback is None:
        seen.add(NO_CURRENCY)
    elif not is_base_pay(text, match):
        seen.add(NOT_BASE)


def _joins(text: str, first: TextSalary, second: TextSalary) -> bool:
    """Whether two amounts in a row state one range (see _GAP)."""
    if first.currency != second.currency or first.min is None or second.max is None:
        return False
    if first.period and second.period and first.period != second.period:
        return False
    if not first.min < second.max <= 10 * first.min:
        return False
    gap = _GAP.fullmatch(text, first.end, second.start)
    if gap is None:
        return False
    if second.min is None:  # "... up to $24.00/hour"
        return True
    connector = _CONNECTOR.search(gap.group(0))
    if connector is None:
        return False
    between = "between" in clause_before(text, first.start).lower()
    return between or not connector.group(0).lower().startswith("and")


def _join_ranges(text: str, found: list[TextSalary]) -> list[TextSalary]:
    joined: list[TextSalary] = []
    for salary in found:
        last = joined[-1] if joined else None
        opens = last is not None and last.max in (last.min, None)  # one figure, or "from X"
        closes = salary.min in (salary.max, None)  # one figure, or "up to Y"
        if last is not None and opens and closes and _joins(text, last, salary):
            joined[-1] = replace(
                last,
                max=salary.max,
                period=last.period or salary.period,
                text=text[last.start : salary.end].strip(),
                end=salary.end,
                cue=last.cue or salary.cue,
            )
        else:
            joined.append(salary)
    return joined
