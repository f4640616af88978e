"""Pay periods: glued to figures ("16.00ph", "7 per hour to 8.50 per hour") spelled out before the
money search, and the period an amount is stated in ("$45/hr", "annual salary of £40k")."""

from __future__ import annotations

import re

_PERIODS = {
    "hour": r"hour|hr|h",
    "day": r"day|diem",
    "week": r"week|wk",
    "month": r"month|mo|mth",
    "year": r"annum|year|yr",
}
_PERIOD_UNITS = {period: re.compile(alts) for period, alts in _PERIODS.items()}
# A sentence ends at a point before a capital or the end, not in "$18.50" or "the U.S. is".
_CLAUSE_END = re.compile(r"[;\n]|\.(?=\s+[A-Z(]|\s*$)")
_PERIOD_AFTER = re.compile(
    r"\s*(?P<bare>hrs?)\b"  # "$45-$55 hr" (not "46 hours": a count of hours)
    r"|[^.;\n]{0,25}?(?:(?:/|\bper|\ban?|\beach)\s*(?P<unit>hour|hr|h|day|diem|week|wk|month|mo|mth"
    r"|annum|year|yr)\b|\b(?P<adverb>hourly|daily|weekly|bi-?weekly|monthly|yearly|annually|annual"
    r"|p\.\s?a\.?|pa|lpa)(?!\w))",
    re.IGNORECASE,
)
_PERIOD_BEFORE = re.compile(r"\b(hourly|daily|weekly|bi-?weekly|monthly|yearly|annual)\b", re.I)
_ADVERBS = {
    "hourly": "hour",
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annually": "year",
    "annual": "year",
    "pa": "year",
    "lpa": "year",
    "biweekly": "biweekly",
}
# Periods glued to the figure in salary fields: "16.00ph", "10p/hr", "7.40 p.h.", "12 p.hr".
_GLUED_HOURLY = re.compile(r"(?<=\d)\s?(?:p\.?\s?/?\s?h(?:r|our)?\.?|ph)(?![a-z])", re.I)
_GLUED_WEEKLY = re.compile(r"(?<=\d)\s?(?:p\.\s?w\.?|pw)(?![a-z])", re.I)
_GLUED_DAILY = re.compile(r"(?<=\d)\s?(?:p\.\s?d\.?|pd)(?![a-z])", re.I)  # "£450pd"
# "7 per hour to 8.50 per hour": the unit repeated inside a range is said once, after it.
_REPEATED_UNIT = re.compile(
    r"(?<=\d)\s*per (hour|day|week|month|annum|year)\s+to\s+(?=[$£€]?\d[\d.,]*\s*per \1\b)", re.I
)
_GLUED = (_GLUED_HOURLY, _GLUED_WEEKLY, _GLUED_DAILY, _REPEATED_UNIT)
# "$45-55hr", "$20hour": an hour unit glued to the figure, found with str.find (a regex stops at
# every "h") and kept when a digit stands before it and no letter after it ("hrs" aside).
_HOUR_WORDS = ("hr", "Hr", "HR", "hour", "Hour", "HOUR")
# Each of the three matches right after a digit, at optional spaces then "p" ("16.00ph", "7 per
# hour"): those places are "p", spaces, digit in the reversed lower-cased text, where re skips to
# the literal "p" (~4x faster than a \d\s*p scan, which tests every character for a digit).
_GLUED_HINT = re.compile(r"\d\s*p", re.I)
_HINT_REVERSED = re.compile(r"p\s*\d")


def spell_out_units(text: str, lowered: str | None = None) -> str:
    """`text` with glued periods as " per hour"/" per week", a range's repeated unit said once.
    `lowered` is text.lower() when the caller has it."""
    spelled = _spell_out_hour_words(text, lowered)
    if spelled is not text:
        text, lowered = spelled, None  # offsets moved: `lowered` no longer lines up
    if not _has_glued_unit(text, lowered):
        return text  # a few cheap tests instead of four substitutions over the whole text
    text = _GLUED_WEEKLY.sub(" per week", _GLUED_HOURLY.sub(" per hour", text))
    text = _GLUED_DAILY.sub(" per day", text)
    return _REPEATED_UNIT.sub(" to ", text)


def _glued_hours(text: str, lowered: str | None = None) -> list[tuple[int, int]]:
    """The spans of hour units glued to a figure. With `lowered` (text.lower(), one character
    for one) two searches there, "hr" and "hour", instead of one per spelling (~2.5x faster)."""
    lower = lowered if lowered is not None and len(lowered) == len(text) else None
    haystack, words = (text, _HOUR_WORDS) if lower is None else (lower, ("hr", "hour"))
    found = []
    for word in words:
        at = haystack.find(word)
        while at >= 0:
            end = at + len(word)
            written = text[at:end] in _HOUR_WORDS
            end += text[end : end + 1] in ("s", "S")
            if written and at and text[at - 1].isdigit() and not text[end : end + 1].isalnum():
                found.append((at, end))
            at = haystack.find(word, at + 1)
    return sorted(found)


def _spell_out_hour_words(text: str, lowered: str | None = None) -> str:
    for start, end in reversed(_glued_hours(text, lowered)):
        text = f"{text[:start]} per hour{text[end:]}"
    return text


def _has_glued_unit(text: str, lowered: str | None) -> bool:
    """Whether one of the three substitutions has a match in `text`."""
    low = text.lower() if lowered is None else lowered
    if len(low) == len(text):  # one character for one: offsets carry over
        end = len(text) + 1
        after_digits = (end - m.end() for m in _HINT_REVERSED.finditer(low[::-1]))
    else:
        after_digits = (m.start() + 1 for m in _GLUED_HINT.finditer(text))
    return any(pattern.match(text, at) for at in after_digits for pattern in _GLUED)


def stated_period(text: str, match: re.Match[str]) -> str | None:
    """hour|day|week|biweekly|month|year said after the amount, else before it in its clause."""
    after = _PERIOD_AFTER.match(text, match.end())
    if after and after.group("bare"):
        return "hour"
    if after and after.group("unit"):
        unit = after.group("unit").lower()
        return next(p for p, alts in _PERIOD_UNITS.items() if alts.fullmatch(unit))
    if after:
        word = re.sub(r"[^a-z]", "", after.group("adverb").lower())
        return "year" if word.startswith("pa") else _ADVERBS.get(word, "year")
    before = _PERIOD_BEFORE.findall(clause_before(text, match.start()))
    return _ADVERBS[re.sub(r"-", "", before[-1].lower())] if before else None


def clause_before(text: str, start: int, reach: int = 50) -> str:
    """The text of the clause (sentence part) before `start`, at most `reach` characters."""
    return _CLAUSE_END.split(text[max(0, start - reach) : start])[-1]
