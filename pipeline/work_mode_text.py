"""What a description says about work mode, searched only around the words statements use.

Every statement in work_mode_words contains one of ANCHORS. The common ones ("office", "site",
"person", "home", ...: a few a posting) count only where a statement could use them ("in
office", "on-site", "from home", a "day" shortly before "office"); the regexes then run in a
window of WINDOW characters on each side. tests/pipeline/test_salary_and_work_mode_scans.py
checks that this finds exactly what searching the whole text finds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from jobwatch.pipeline.keywords import KeyWords
from jobwatch.pipeline.text import lower_like_regex
from jobwatch.pipeline.work_mode_words import (
    COMPANY_NEEDS,
    COMPANY_REMOTE,
    DAYS_NEEDS,
    HOME_NEEDS,
    HOME_WORKING,
    NEGATION,
    OFFICE_DAYS,
    STATEMENT_WORDS,
    STATEMENTS,
    Wording,
    starts,
)

if TYPE_CHECKING:
    import re
    from collections.abc import Iterator

REMOTE, HYBRID, ONSITE = "remote", "hybrid", "onsite"
ANCHORS = (
    *("remote", "hybrid", "wfh", "tele", "télé", "anywhere"),
    *("distributed", "virtual", "#li-"),
)
_WORKPLACES = ("office", "site", "campus", "hq", "headquarters")  # "3 days a week in the office"
_COMMON = (*_WORKPLACES, "person", "home")
_PLACED = KeyWords(ANCHORS + _COMMON)  # one pass for all of them (15 str.find passes cost ~2x)
_BEFORE = {"office": ("in",), "site": ("on",), "person": ("in",), "home": ("from", "at")}
_SEPARATORS = "".join(c for c in map(chr, range(0x3001)) if c.isspace()) + "-"
_DAYS_REACH = 70  # characters from "3 days" to "office" at most (OFFICE_DAYS' width)
# characters; no statement is longer (tests/pipeline/test_salary_and_work_mode_scans.py checks)
WINDOW = 110
_QUOTE = 60


@dataclass(frozen=True)
class TextSignals:
    stated: tuple[str, str] | None  # the role statement that decides: (mode, quote)
    company: str | None  # the first company statement, quoted
    home: str | None  # the first mention of home working, quoted


def _usable(folded: str, word: str, at: int) -> bool:
    """Whether a common word at `at` can be part of a statement."""
    before = folded[max(0, at - 8) : at].rstrip(_SEPARATORS)
    if before.endswith(_BEFORE.get(word, ())):
        return True
    if word == "office" and folded[at + 6 : at + 12].lstrip(_SEPARATORS).startswith("based"):
        return True
    return word in _WORKPLACES and "day" in folded[max(0, at - _DAYS_REACH) : at]


def _hits(folded: str) -> list[tuple[int, int]]:
    words, anchors = _PLACED.words, len(ANCHORS)
    found = _PLACED.find(folded)
    return sorted((at, end) for i, at, end in found if i < anchors or _usable(folded, words[i], at))


def _unglued(text: str, folded: str, hits: list[tuple[int, int]]) -> str:
    """`folded` with a space before each word found glued to the one before it, as flattened
    text does ("In Person OnlyHybrid Position"): a statement starts a word there. The space
    takes the place of the glued word's last letter, so every position stays."""
    glued = [at for at, _ in hits if at and text[at].isupper() and text[at - 1].islower()]
    if not glued:
        return folded
    chars = list(folded)
    for at in glued:
        chars[at - 1] = " "
    return "".join(chars)


def _windows(folded: str, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for start, end in hits:
        lo, hi = max(0, start - WINDOW), min(len(folded), end + WINDOW)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return [(lo, _word_end(folded, hi)) for lo, hi in spans]


def _word_end(folded: str, at: int) -> int:
    """`at`, moved past the word it cuts: a search stopping there sees the text's own end of
    word (re reads the characters before a start position, not those after an end)."""
    while at < len(folded) and (folded[at].isalnum() or folded[at] == "_"):
        at += 1
    return at


def _quote(text: str, start: int, end: int) -> str:
    return " ".join(text[start : min(end, start + _QUOTE)].split())


def _negated(folded: str, start: int) -> bool:
    return NEGATION.search(folded, max(0, start - 30), start) is not None


def _matches(
    pattern: re.Pattern[str], folded: str, lo: int, hi: int, word_start: bool = True
) -> Iterator[re.Match[str]]:
    """pattern.finditer(folded, lo, hi), each match starting a word (when `word_start`); after
    a match that does not, the search goes on from its next character, not from its end
    ("DescriptionThis is a remote role": "remote role" is still found)."""
    at = lo
    while (m := pattern.search(folded, at, hi)) is not None:
        if word_start and not starts(folded, m.start()):
            at = m.start() + 1
            continue
        yield m
        at = max(m.end(), m.start() + 1)


def _has(window: str, words: tuple[str, ...]) -> bool:
    return any(word in window for word in words)


def _first_said(
    wording: Wording, possible: Iterator[bool], folded: str, lo: int, hi: int
) -> re.Match[str] | None:
    """The wording's first match in folded[lo:hi]: the earliest, and at one place the first
    statement's (one regex of the statements in order would find it, and no other before).
    `possible` says, statement by statement, which can match in the window."""
    first = None
    for pattern in wording.alternatives:
        if not next(possible):
            continue
        found = next(_matches(pattern, folded, lo, hi, wording.word_start), None)
        if found is not None and (first is None or found.start() < first.start()):
            first = found
    return first


def _said(text: str, folded: str, lo: int, hi: int) -> list[tuple[int, str, str]]:
    """The role statements in folded[lo:hi] that can decide: (offset, mode, quote). Of each
    wording only its first match: text_signals takes the first statement, or the first hybrid
    one, and a later match of a wording comes after its first."""
    found, window = [], folded[lo:hi]
    possible = iter(STATEMENT_WORDS.possible(window))
    for wording in STATEMENTS:
        m = _first_said(wording, possible, folded, lo, hi)
        if m is not None:
            negated = wording.mode == REMOTE and _negated(folded, m.start())
            found.append((m.start(), ONSITE if negated else wording.mode, _quote(text, *m.span())))
    for m in _matches(OFFICE_DAYS, folded, lo, hi) if _has(window, DAYS_NEEDS) else ():
        days = m.group("days") or m.group("after")
        mode = ONSITE if days in ("5", "five") else HYBRID  # 5 days a week in the office
        found.append((m.start(), mode, _quote(text, *m.span())))
    return found


def _first(pattern: re.Pattern[str], text: str, folded: str, lo: int, hi: int) -> str | None:
    """The first mention of `pattern` in folded[lo:hi] that no negation precedes, quoted."""
    for m in _matches(pattern, folded, lo, hi):
        if not _negated(folded, m.start()):
            return _quote(text, *m.span())
    return None


def text_signals(text: str, lowered: str | None = None, whole: bool = False) -> TextSignals:
    """What a description says about work mode (`whole`: searched in the whole text, as the
    tests compare)."""
    folded = lower_like_regex(text, lowered)
    hits = _hits(folded)
    folded = _unglued(text, folded, hits)
    found: list[tuple[int, str, str]] = []
    company = home = None
    for lo, hi in [(0, len(folded))] if whole else _windows(folded, hits):
        found += _said(text, folded, lo, hi)
        window = folded[lo:hi]
        if company is None and _has(window, COMPANY_NEEDS):
            company = _first(COMPANY_REMOTE, text, folded, lo, hi)
        if home is None and _has(window, HOME_NEEDS):
            home = _first(HOME_WORKING, text, folded, lo, hi)
    found.sort()
    first = next((f for f in found if f[1] == HYBRID), found[0] if found else None)
    return TextSignals(first and (first[1], first[2]), company, home)
