"""Years of experience a posting asks for ("5+ years", "at least 3 years", "2-4 years of ...")."""

from __future__ import annotations

import re

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15,
}  # fmt: skip
_NUM = r"\d{1,2}|" + "|".join(_WORDS)
_YEARS = re.compile(
    rf"(?P<pre>\b(?:at least|minimum(?: of)?|min\.?|a minimum of)\s+)?"
    rf"(?<![\w.$€£-])(?P<a>{_NUM})(?:\s*(?:-|–|—|to)\s*(?P<b>{_NUM}))?"
    r"\s*(?P<plus>\+|plus\b)?\s*(?:\(\w+\)\s*)?(?:years?|yrs?)\b(?P<post>\s*(?:old|ago)\b)?",
    re.IGNORECASE,
)
_EXPERIENCE = re.compile(r"experience|\bexp\b", re.IGNORECASE)
_MAX_YEARS = 30


def _value(token: str) -> int:
    return int(token) if token.isdigit() else _WORDS[token.lower()]


def _is_requirement(text: str, match: re.Match[str]) -> bool:
    if match.group("post"):
        return False
    if match.group("plus") or match.group("pre"):
        return True
    after = re.split(r"[.;\n]", text[match.end() : match.end() + 60])[0]
    before = re.split(r"[.;\n]", text[max(0, match.start() - 40) : match.start()])[-1]
    return bool(_EXPERIENCE.search(after) or _EXPERIENCE.search(before))


def required_years(text: str) -> tuple[int, str] | None:
    """The largest lower bound of required experience, with the phrase that said it."""
    best: tuple[int, str] | None = None
    for match in _YEARS.finditer(text):
        if not _is_requirement(text, match):
            continue
        years = _value(match.group("a"))
        if years > _MAX_YEARS:
            continue
        if best is None or years > best[0]:
            best = (years, match.group(0).strip())
    return best
