"""Find a base-pay figure or range in free text ("$160K–$210K per year", "€85.000 – €105.000")."""

from __future__ import annotations

import re

from jobwatch.pipeline.money import currency_mark_at
from jobwatch.pipeline.salary_amount import (
    AMOUNT_CHARS,
    MONEY,
    TextSalary,
    build_salary,
    currency_of,
    is_base_pay,
)
from jobwatch.pipeline.salary_units import spell_out_units

_DIGIT = re.compile(r"\d")
# How far before its first digit a MONEY match can start: "starting from" + spaces + "USD $".
_QUALIFIER_CHARS, _CURRENCY_CHARS = len("starting from"), len("USD $") + 1
# Each qualifier MONEY reads before an amount contains one of these (case as MONEY reads it).
_QUALIFIER_WORDS = ("to", "max", "from", "start", "min", "at least")
_QUALIFIER_HINT = re.compile("|".join(_QUALIFIER_WORDS))
NO_FIGURE = "no_figure"  # reasons find_salary_with_reason gives for a text without a salary
NOT_BASE = "not_base_pay"
NO_CURRENCY = "no_currency"
# The characters right before a currency mark that an amount holding it can span, read backwards.
_AMOUNT_RUN, _RUN_SPAN = re.compile(f"{AMOUNT_CHARS}*"), 300


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
    """The first amount build_salary accepts; each rejected one's reason goes into `seen` (if
    given). With no default currency and no reasons to collect, the amounts before the next
    currency mark are skipped (_resume): none can be accepted."""
    text = spell_out_units(text, lowered)
    skip, position = default_currency is None and seen is None, 0
    while True:
        resumed = _resume(text, position) if skip else position
        start = None if resumed is None else _search_from(text, resumed)
        match = None if start is None else MONEY.search(text, start)
        if match is None:
            return None
        found = build_salary(text, match, default_currency)
        if found is not None:
            return found
        if seen is not None and not is_base_pay(text, match):
            seen.add(NOT_BASE)
        elif seen is not None and currency_of(match) is None and default_currency is None:
            seen.add(NO_CURRENCY)
        # A failed range may have swallowed a real amount as its second half: retry from there.
        second = match.start("c2") if match.group("c2") else match.start("n2")
        position = second if match.group("n2") and second > match.start() else match.end()


def _resume(text: str, position: int) -> int | None:
    """Where a scan from `position` can go on and find the same accepted amount; None when no
    currency mark is left (every amount after `position` lacks a currency). An amount with a
    currency holds a mark; it cannot span a character outside AMOUNT_CHARS, so it starts after
    the last one before the next mark, and every amount before that has no currency."""
    mark = currency_mark_at(text, position)
    if mark < 0:
        return None
    low = max(position, mark - _RUN_SPAN)
    run = _AMOUNT_RUN.match(text[low:mark][::-1])
    reach = run.end() if run else 0
    return position if reach == mark - low else mark - reach


def find_salary(
    text: str, default_currency: str | None = None, lowered: str | None = None
) -> TextSalary | None:
    """The first base-pay amount or range with a currency; None when the text states none.
    `lowered` is text.lower() when the caller has it."""
    return _scan(text, default_currency, None, lowered)
