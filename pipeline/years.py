"""Years of experience a posting asks for ("5+ years", "at least 3 years", "3 ans d'expérience").

The phrases are found here (English near the unit words "year"/"yr", French where "an"/"année"
occurs); which of them are the role's requirement, and which one decides, is years_context.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from jobwatch.pipeline.keywords import KeyWords
from jobwatch.pipeline.text import lower_like_regex
from jobwatch.pipeline.windows import merged
from jobwatch.pipeline.years_choice import pick
from jobwatch.pipeline.years_context import Figure
from jobwatch.pipeline.years_patterns import (
    FRENCH_AHEAD,
    FRENCH_BACK,
    FRENCH_FIGURE,
    WORDS,
    WORDS_FR,
    YEARS,
    YEARS_FR,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

_MAX_YEARS = 30
# Every YEARS match holds "year", "yr" or "month" (no other character matches their letters
# under IGNORECASE, checked over all of Unicode), so the pattern is run only in windows around
# them.
_UNITS = ("year", "yr", "month")
# Read right to left from a unit word: before it a match holds at most 12 whitespace runs
# ("a minimum of 5 months (five) - 7 (seven) or more (x) years": 13 tokens), so at most 13
# tokens of the characters a match can hold.
_TOKEN = r"[\w.+\-–—()/]"
_BACK = re.compile(rf"{_TOKEN}*(?:\s+{_TOKEN}+){{0,12}}")
_BACK_SPAN = 200
_SPACE = re.compile(r"\s*")


def _value(token: str) -> int:
    if token.isdigit():
        return int(token)
    word = lower_like_regex(token)  # as IGNORECASE read it: "ſix" is "six"
    return WORDS.get(word) or WORDS_FR[word]


def _figures(text: str, matches: Iterator[re.Match[str]]) -> list[Figure]:
    """Figures of the matches (in `text` or its lower case), spans as `text` writes them."""
    found = []
    for match in matches:
        years = _value(match.group("a"))
        in_months = match.group("unit").lower().startswith(("month", "mois"))
        if match.group("months") or in_months:
            years //= 12  # "6 months to 2 years", "6 months of experience": whole years
        upper = _value(match.group("b")) if match.group("b") else None
        if upper is not None and in_months:
            upper //= 12
        if years <= _MAX_YEARS:
            span = text[match.start() : match.end()].strip()
            found.append(Figure(years, match, span, upper))
    return found


def required_years(text: str, lowered: str | None = None) -> tuple[int, str] | None:
    """The years the role requires, with the phrase that said it (years_choice.pick);
    `lowered` is text.lower() when the caller has it."""
    folded = same_length_lower(text, lowered)
    units, french = _placed(folded)
    found = _figures(text, year_matches(text, folded, units))
    found += _figures(text, french_matches(folded, french))
    return pick(text, folded, sorted(found, key=lambda f: f.start))


def required_years_reference(text: str) -> tuple[int, str] | None:
    """required_years by the whole-text scan (~2x slower on a 3,000-character description): the
    definition the windowed scan is tested against."""
    folded = same_length_lower(text)
    french = YEARS_FR.finditer(folded) if is_french(folded) else iter(())
    found = _figures(text, YEARS.finditer(text)) + _figures(text, french)
    return pick(text, folded, sorted(found, key=lambda f: f.start))


def same_length_lower(text: str, lowered: str | None = None) -> str:
    """text.lower() with every character at its place ("İ" lower-cases to two characters: such
    a character is kept as written)."""
    folded = text.lower() if lowered is None else lowered
    if len(folded) == len(text):
        return folded
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_FRENCH_WORDS = ("expérience", " vous ", " nous ", " avec ", " pour ", " dans ")
# The unit words and the French words in one Aho-Corasick pass (nine str scans cost ~2x more).
_KEYS = KeyWords((*_UNITS, *_FRENCH_WORDS))


def _placed(folded: str) -> tuple[list[tuple[int, int]], bool]:
    """(index in _UNITS, place) of every unit word in the lower-cased text, and is_french."""
    units, french = [], folded.startswith(("vous ", "nous "))
    for index, at, _ in _KEYS.find(folded):
        if index < len(_UNITS):
            units.append((index, at))
        else:
            french = True
    return units, french


def is_french(folded: str) -> bool:
    """The lower-cased text is French: it says "expérience" or uses French function words.
    French figures ("3 ans") are read only there: in English text "an" is an article and "ans"
    ends words."""
    return _placed(folded)[1]


def french_matches(folded: str, french: bool | None = None) -> Iterator[re.Match[str]]:
    """French phrases ("3 ans d'expérience", "minimum 5 ans") in French text (is_french, or
    `french` when the caller knows), read only before a number followed by a French unit."""
    if not (is_french(folded) if french is None else french):
        return
    pos = 0
    for found in FRENCH_FIGURE.finditer(folded):
        start = max(pos, found.start() - FRENCH_BACK)
        for match in YEARS_FR.finditer(folded, start, found.end() + FRENCH_AHEAD):
            yield match
            pos = match.end()


def year_matches(
    text: str, lowered: str | None = None, units: list[tuple[int, int]] | None = None
) -> Iterator[re.Match[str]]:
    """The matches `YEARS.finditer(text)` yields, the pattern tried only near unit words
    (`units`: their places, _placed's, when the caller has them)."""
    folded = text.lower() if lowered is None else lowered
    if len(folded) != len(text):  # "İ" lower-cases to two characters: offsets would shift
        yield from YEARS.finditer(text)
        return
    pos = 0
    for start, end in _windows(text, _placed(folded)[0] if units is None else units):
        at = max(start, pos)
        while (found := YEARS.search(text, at, end)) is not None:
            # The window's end may cut a lookahead; the whole text decides what matches there.
            match = YEARS.match(text, found.start())
            if match is None:
                at = found.start() + 1
                continue
            yield match
            at = pos = match.end()


def _windows(text: str, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged spans, each from a unit word's 13th token back to past a trailing "old"/"ago"."""
    spans = []
    for index, at in units:
        # past the unit and its plural "s"; +4 reads an "old"/"ago" after the spaces and the \b
        # past it (or the capital a glued word starts with).
        after = min(at + len(_UNITS[index]) + 1, len(text))
        spans.append((_back(text, at), _reach(_SPACE, text, after) + 4))
    return merged(spans)


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
