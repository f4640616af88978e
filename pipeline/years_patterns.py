"""The phrases a years-of-experience figure is written in, English and French (for years.py)."""

from __future__ import annotations

import re

WORDS = {
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
WORDS_FR = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "dix": 10,
    "quinze": 15,
}
_NUM = r"\d{1,2}|\b(?:" + "|".join(WORDS) + r")\b"
# Where a figure may start: not inside a number ("123", "2.5"), after a currency sign, or at the
# end of a range ("1-5", "1 – 5", "1 to 5", "4/5"), which the range's start already reads. A
# letter or a dash may touch it: flattened text glues list items ("Required3 - 5 years",
# "field.1 – 5", "implementations -10Years").
_START = (
    r"(?<![\d$€£₹_/])(?<!\d[.,])(?<!\d[\-–—])(?<!\d\s[\-–—])(?<!\d[\-–—]\s)(?<!\d\s[\-–—]\s)"
    r"(?<!\d\sto\s)(?<!\d\sà\s)"
)
_BRACKET = r"(?:\s*\(\w+\))?"  # "five (5) years", "one (1) to three (3) years"
_GLUED = r"(?:\b|(?-i:(?=[A-Z])))"  # a word's end, or glued to the next one ("10YearsLeading")
# What a figure opens with (a digit, a number word's first letter): tested before _START's eight
# lookbehinds, which re would otherwise run at every character (~3x the time of the whole scan).
FIGURE_AHEAD = rf"(?=\d|\b[{''.join(sorted({word[0] for word in WORDS}))}])"
YEARS = re.compile(
    rf"(?P<pre>\b(?:at least|minimum(?: of)?|min\.?|a minimum of)\s+)?"
    rf"{FIGURE_AHEAD}{_START}(?P<a>{_NUM})\)?(?P<months>\s*months?)?{_BRACKET}"
    rf"(?:\s*(?:-|–|—|to|/)\s*(?P<b>{_NUM}){_BRACKET})?"
    r"\s*(?P<plus>\+|plus\b|or more\b)?\s*(?:\(\w+\)\s*)?(?:-(?=years|yrs))?"  # "3-years'"
    rf"(?P<unit>years?|yrs?|months?){_GLUED}(?P<post>\s*(?:old|ago)\b)?",
    re.IGNORECASE,
)
_NUM_FR = r"\d{1,2}|\b(?:" + "|".join(WORDS_FR) + r")\b"
# Matched in the lower-cased text, case-sensitive (an IGNORECASE scan of a whole posting costs
# ~0.8 ms), and only just before a number followed by a French unit (FRENCH_FIGURE).
YEARS_FR = re.compile(
    r"(?P<pre>\b(?:au moins|(?:au |à |a )?minim(?:um|a)(?: de)?|plus de)\s+(?:d['’]\s*)?)?"
    rf"{_START}(?<!\w)(?P<a>{_NUM_FR})\)?(?P<months>\s*mois)?"
    rf"(?:\s*(?:-|–|à|/|ou)\s*(?P<b>{_NUM_FR}))?"
    r"\s*(?P<plus>\+|et plus\b)?\s*(?P<unit>ans|an|années?|mois)\b(?P<post>)"
)
# A number right before a French unit: every YEARS_FR match holds one, so the pattern is run
# only in a window before each (alternatives open with a character: a fast scan).
_WORD_STARTS = "|".join(f"{w[0]}(?<![a-zà-ÿ]{w[0]}){w[1:]}" for w in WORDS_FR)
FRENCH_FIGURE = re.compile(rf"(?:\d|{_WORD_STARTS})\)?\s*\+?\s*(?:ans?|années?|mois)\b")
FRENCH_BACK = 60  # "au moins 3 à 5 " before the number read
FRENCH_AHEAD = 30  # "6 mois à 5 ans": a range that starts with the figure found
