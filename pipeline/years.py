"""Years of experience a posting asks for ("5+ years", "at least 3 years", "2-4 years of ...")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
}
_NUM = r"\d{1,2}|" + "|".join(_WORDS)
_YEARS = re.compile(
    rf"(?P<pre>\b(?:at least|minimum(?: of)?|min\.?|a minimum of)\s+)?"
    rf"(?<![\w.$€£-])(?P<a>{_NUM})(?:\s*(?:-|–|—|to)\s*(?P<b>{_NUM}))?"
    r"\s*(?P<plus>\+|plus\b)?\s*(?:\(\w+\)\s*)?(?:years?|yrs?)\b(?P<post>\s*(?:old|ago)\b)?",
    re.IGNORECASE,
)
_EXPERIENCE = re.compile(r"experience|\bexp\b", re.IGNORECASE)
_MAX_YEARS = 30
# Every _YEARS match holds "year" or "yr" (no other character matches y, e, a or r under
# IGNORECASE, checked over all of Unicode), so the pattern is run only in windows around them.
_UNITS = ("year", "yr")
# Read right to left from a unit word: before it a match holds at most 8 whitespace runs
# ("a minimum of 5 - 7 + (five) years": 3 in the lead words, 2 around the dash, 2 around the
# plus, 1 after the bracket), so at most 9 tokens of the characters a match can hold.
_TOKEN = r"[\w.+\-–—()]"
_BACK = re.compile(rf"{_TOKEN}*(?:\s+{_TOKEN}+){{0,8}}")
_BACK_SPAN = 200
_SPACE = re.compile(r"\s*")
_CLAUSE_END = re.compile(r"[.;\n]")


def _value(token: str) -> int:
    return int(token) if token.isdigit() else _WORDS[token.lower()]


def _is_requirement(text: str, match: re.Match[str]) -> bool:
    if match.group("post"):
        return False
    if match.group("plus") or match.group("pre"):
        return True
    after = _CLAUSE_END.split(text[match.end() : match.end() + 60])[0]
    before = _CLAUSE_END.split(text[max(0, match.start() - 40) : match.start()])[-1]
    return bool(_EXPERIENCE.search(after) or _EXPERIENCE.search(before))


def _best(text: str, matches: Iterable[re.Match[str]]) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for match in matches:
        if not _is_requirement(text, match):
            continue
        years = _value(match.group("a"))
        if years > _MAX_YEARS:
            continue
        if best is None or years > best[0]:
            best = (years, match.group(0).strip())
    return best


def required_years(text: str, lowered: str | None = None) -> tuple[int, str] | None:
    """The largest lower bound of required experience, with the phrase that said it; `lowered`
    is text.lower() when the caller has it."""
    return _best(text, year_matches(text, lowered))


def required_years_reference(text: str) -> tuple[int, str] | None:
    """required_years by the whole-text scan (~2x slower on a 3,000-character description): the
    definition the windowed scan is tested against."""
    return _best(text, _YEARS.finditer(text))


def year_matches(text: str, lowered: str | None = None) -> Iterator[re.Match[str]]:
    """The matches `_YEARS.finditer(text)` yields, the pattern tried only near unit words."""
    folded = text.lower() if lowered is None else lowered
    if len(folded) != len(text):  # "İ" lower-cases to two characters: offsets would shift
        yield from _YEARS.finditer(text)
        return
    pos = 0
    for start, end in _windows(text, folded):
        at = max(start, pos)
        while (found := _YEARS.search(text, at, end)) is not None:
            # The window's end may cut a lookahead; the whole text decides what matches there.
            match = _YEARS.match(text, found.start())
            if match is None:
                at = found.start() + 1
                continue
            yield match
            at = pos = match.end()


def _windows(text: str, folded: str) -> list[tuple[int, int]]:
    """Merged spans, each from a unit word's 9th token back to past a trailing "old"/"ago"."""
    spans = []
    for unit in _UNITS:
        at = folded.find(unit)
        while at >= 0:
            # 5 = len("years"); +4 reads an "old"/"ago" after the spaces and the \b past it.
            spans.append((_back(text, at), _reach(_SPACE, text, min(at + 5, len(text))) + 4))
            at = folded.find(unit, at + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _back(text: str, at: int) -> int:
    """Where a match ending in the unit word at `at` can start, at the earliest."""
    low = max(0, at - _BACK_SPAN)
    reach = _reach(_BACK, text[low:at][::-1])
    if low and reach == at - low:  # ran off the slice: read the whole text before
        reach = _reach(_BACK, text[:at][::-1])
    return at - reach


def _reach(pattern: re.Pattern[str], text: str, pos: int = 0) -> int:
    match = pattern.match(text, pos)
    return match.end() if match else pos  # never None: both patterns match the empty string
