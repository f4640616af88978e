"""The windowed years-of-experience scan finds exactly the matches of the whole-text regex it
replaced (pipeline/years.py keeps that as required_years_reference), on traps and arbitrary text."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobwatch.pipeline.years import required_years, required_years_reference, year_matches
from jobwatch.pipeline.years_patterns import FIGURE_AHEAD, YEARS

YEARS_TEXT = st.lists(
    st.sampled_from(
        [
            "at least",
            "a minimum of",
            "minimum",
            "minimum of",
            "min.",
            "min",
            "a",
            "of",
            "5",
            "12",
            "123",
            "0",
            "five",
            "Two",
            "ſix",
            "SEVEN",
            "Fifteen",
            "٣",
            "(5)",
            "(five)",
            "(",
            ")",
            "-",
            "–",
            "—",
            "to",
            "+",
            "plus",
            "years",
            "year",
            "yrs",
            "yr",
            "YEARS",
            "Yr",
            "yearſ",
            "yearly",
            "month",
            "months",
            "or more",
            "3)",
            "YearsLeading",
            "ans",  # French: read in windows before each number + unit
            "an",
            "mois",
            "années",
            "au moins",
            "à",
            "et plus",
            "deux",
            "un",
            "aucun",
            "d'expérience",
            "old",
            "ago",
            "oldest",
            "experience",
            "exp",
            "İ",
            "$",
            "x",
            "_",
            ".",
            ";",
            ",",
            " ",
            " ",
            " ",
            "   ",
            "\n",
            "\t",
            "\u00a0",
        ]
    ),
    max_size=40,
).map("".join)


def _spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


def _padded(words: int) -> str:
    return " ".join(["filler"] * words)


CASES = [
    ("at least five (5) years of experience", (5, "at least five (5) years")),
    ("We ask for 2-4 yrs experience in Python", (2, "2-4 yrs")),
    ("5+ YEARS building data pipelines", (5, "5+ YEARS")),
    ("5 yearſ of experience", (5, "5 yearſ")),
    ("٥ years of experience with Spark", (5, "٥ years")),
    ("Founded 10 years ago; 3+ years of experience", (3, "3+ years")),
    ("5 years oldest experience", (5, "5 years")),
    ("123 years of experience", None),
    ("Years of experience: 5", None),
    ("We turned 5 yearsold", None),
    # The match starts 8 whitespace runs before the unit word: all of them are read back.
    (
        "x a minimum of 5  -  7  +  (five)\n years of experience",
        (5, "a minimum of 5  -  7  +  (five)\n years"),
    ),
    # "ago" far past the unit word still makes the phrase an age, not a requirement.
    ("5+ years" + " " * 60 + "ago", None),
    ("5+ years" + " " * 60 + "agora", (5, "5+ years")),
    # A bracket longer than the 200 characters read back at first.
    ("3 (" + "x" * 250 + ") years of experience", (3, "3 (" + "x" * 250 + ") years")),
    # Flattened text glues list items: a letter before the figure, a capital after the unit.
    ("Requirements:Required3 - 5 years of experience", (3, "3 - 5 years")),
    ("Bachelor's degree in a related field.1 – 5 years of experience", (1, "1 – 5 years")),
    ("Skills Required: implementations -10YearsLeading requirements", (10, "10Years")),
    ("Minimum of 6 months experience in sales", (0, "Minimum of 6 months")),
    # a long s reads as "s" (re's case folding): a number word, not a crash
    ("ſix years of experience", (6, "ſix years")),
    # "İ" lower-cases to two characters: the whole-text scan, same answer.
    ("İstanbul office, 4 years of experience", (4, "4 years")),
    (
        _padded(300) + " at least 6 years " + _padded(300) + " 2 yrs experience",
        (6, "at least 6 years"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_required_years_on_traps(text: str, expected: tuple[int, str] | None) -> None:
    assert required_years(text) == expected
    assert required_years_reference(text) == expected
    assert _spans(year_matches(text)) == _spans(YEARS.finditer(text))


@settings(max_examples=1500, deadline=None)
@given(YEARS_TEXT)
def test_windowed_scan_finds_what_the_whole_text_scan_finds(text: str) -> None:
    assert _spans(year_matches(text)) == _spans(YEARS.finditer(text))
    assert required_years(text) == required_years_reference(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_windowed_scan_on_any_text(text: str) -> None:
    assert _spans(year_matches(text)) == _spans(YEARS.finditer(text))


def test_every_unit_word_is_lower_case_year_yr_or_month() -> None:
    """The windows are placed by a plain search for "year"/"yr"/"month" in text.lower(): no
    other character may match those letters under the pattern's IGNORECASE."""
    for letter in set("year" + "month"):
        pattern = re.compile(letter, re.IGNORECASE)
        odd = [c for c in map(chr, range(0x110000)) if pattern.fullmatch(c) and c.lower() != letter]
        assert odd == []


# The figure lookahead only spares re the lookbehinds where no figure starts: the same matches.
_WITHOUT_AHEAD = re.compile(YEARS.pattern.replace(FIGURE_AHEAD, ""), YEARS.flags)


@settings(max_examples=1500, deadline=None)
@given(YEARS_TEXT)
def test_the_figure_lookahead_changes_no_match(text: str) -> None:
    found = [(m.span(), m.groupdict()) for m in YEARS.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in _WITHOUT_AHEAD.finditer(text)]
