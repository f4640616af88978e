"""Fast paths of the shared-lower-case pass give exactly what the slow paths give: role title rules
tried per role, the glued-unit test before the salary substitutions, and classifiers handed the
description already lower-cased (normalize_record lowers it once for all of them)."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobwatch.pipeline.location import parse_location
from jobwatch.pipeline.role import RoleResult, _by_title, _taxonomy, classify_role
from jobwatch.pipeline.salary import parse_salary
from jobwatch.pipeline.salary.units import (
    _GLUED_DAILY,
    _GLUED_HOURLY,
    _GLUED_WEEKLY,
    _REPEATED_UNIT,
    _spell_out_hour_words,
    spell_out_units,
)
from jobwatch.pipeline.seniority import classify_seniority
from jobwatch.pipeline.skills import _PREFIX, _PREFIX_REVERSED, _resolve, extract_skills
from jobwatch.pipeline.skills import _taxonomy as _skills_taxonomy
from jobwatch.pipeline.text import lower
from jobwatch.pipeline.years import required_years

FAST = settings(max_examples=300, deadline=None)
WORDS = [
    "Senior",
    "machine learning",
    "ML",
    "engineer",
    "Engineer",
    "research",
    "scientist",
    "data",
    "AI",
    "ops",
    "platform",
    "prompt",
    "computer vision",
    "analyst",
    "Python",
    "Go",
    "R",
    "C",
    "AWS",
    "Spark",
    "$",
    "£",
    "€",
    "150",
    "16.00",
    "ph",
    "p/h",
    "pw",
    "p.w.",
    "per hour",
    " to ",
    "7",
    "8.50",
    "٣",
    "5+",
    "years",
    "yrs",
    "of experience",
    "remote",
    "hybrid",
    "fully remote",
    "on-site",
    "office",
    "3 days a week in the",
    "İ",
    "ı",
    "ſ",
    "Σ",
    "ΑΣ",
    "ς",
    "K",
    "P",
    "PH",
    "-",
    "–",
    " ",
    "  ",
    "\n",
    "\u00a0",
    ",",
    ".",
    "(",
    ")",
    "/",
    "k",
    # hour units glued to figures, in every spelling the pay scan reads and one it does not
    *("hr", "Hr", "HR", "hR", "hrs", "hour", "Hours", "HOUR", "hOur"),
]
TEXT = st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join)
GLUED = st.lists(st.sampled_from(WORDS), max_size=30).map("".join)  # words glued to figures


def _by_title_reference(title: str) -> RoleResult | None:
    """Every rule of every role in order: the definition the per-role prefilter must keep."""
    for role in _taxonomy()[0]:
        for rule in role.title_rules:
            match = rule.search(title)
            if match:
                return RoleResult(role.id, role.name, 0.9, f"title: '{match.group(0)}'")
    return None


def _spell_out_reference(text: str) -> str:
    text = _spell_out_hour_words(text)
    text = _GLUED_WEEKLY.sub(" per week", _GLUED_HOURLY.sub(" per hour", text))
    return _REPEATED_UNIT.sub(" to ", _GLUED_DAILY.sub(" per day", text))


@pytest.mark.parametrize(
    "title",
    [
        "senior machine learning engineer",
        "research engineer, llms",
        "mlops engineer",
        "software engineer, machine learning",
        "account executive, ai platform",
        "cashier",
        "ai engineer",
        "prompt engineer",
        "data analyst ii",
        "",
        "engineer",
    ],
)
def test_role_title_prefilter_agrees(title) -> None:
    assert _by_title(title) == _by_title_reference(title)


@FAST
@given(TEXT)
def test_role_title_prefilter_agrees_on_any_text(text) -> None:
    title = re.sub(r"\s+", " ", text.lower())
    assert _by_title(title) == _by_title_reference(title)


@pytest.mark.parametrize(
    "text",
    [
        "£16.00ph",
        "10p/hr",
        "7.40 p.h.",
        "12 p.hr",
        "£300pw",
        "£7 per hour to £8.50 per hour",
        "We are 40 people",
        "5 PH",
        "5\u00a0ph",
        "٣ph",
        "İ 16.00ph",
        "no digits here",
        "",
        "7 per hour to 8.50 per hour",
        "$7 per day to $9 per day",
        "$45-55hr",
        "$20Hour, 30HRS, 40hrs",
        "$20hR or 30hOUR",  # not spellings of the unit: left as written
        "İ $20hr",  # the lower case is longer: the search runs on the text as written
        "three hrs",
    ],
)
def test_glued_unit_gate_agrees(text) -> None:
    assert spell_out_units(text) == _spell_out_reference(text)
    assert spell_out_units(text, text.lower()) == _spell_out_reference(text)


@FAST
@given(GLUED)
def test_glued_unit_gate_agrees_on_any_text(text) -> None:
    assert spell_out_units(text, text.lower()) == _spell_out_reference(text)


@FAST
@given(st.lists(st.sampled_from([*WORDS[:12], "İ", "Σ", "-"]), max_size=4).map(" ".join), TEXT)
def test_classifiers_given_the_lower_case_agree(title, text) -> None:
    low = text.lower()
    assert extract_skills(title, text, low) == extract_skills(title, text)
    assert classify_role(title, text, low) == classify_role(title, text)
    assert classify_seniority(title, text, None, low) == classify_seniority(title, text)
    assert required_years(text, low) == required_years(text)
    assert parse_location(None, None, text, low) == parse_location(None, None, text)
    assert parse_salary(None, text, lowered=low) == parse_salary(None, text)


def test_final_sigma_before_the_newline_joins_cleanly() -> None:
    # extract_skills lowers title and description apart: "Σ" ending the title is final either way.
    title, text = "ΑΣ", "ΑΣ Python, Go and R"
    assert extract_skills(title, text, text.lower()) == extract_skills(title, text)
    assert [h.name for h in extract_skills(title, text, text.lower())] == ["Python", "Go", "R"]


@FAST
@given(st.lists(st.sampled_from([*WORDS[:24], "Excel", "excel", "Rust", "Java", ","]), max_size=25))
def test_skills_rules_skipped_only_without_weak_matches(words) -> None:
    # extract_skills skips the context rules when no match is weak: they would accept them all.
    text = " ".join(words)
    taxonomy = _skills_taxonomy()
    hits = [(s, e, *taxonomy.entries[k]) for s, e, k in taxonomy.matcher.find(f"\n{text}")]
    if not any(hit[4] for hit in hits):
        assert _resolve(f"\n{text}", hits) == hits
    kept = {h.id for h in extract_skills("", text)}
    assert kept == {hit[2] for hit in _resolve(f"\n{text}", hits)}


PREFIX_PIECES = [
    "in",
    "IN",
    "with",
    "uses",
    "use",
    "using",
    "of",
    "like",
    "LIKE",
    "e.g.",
    "E.G.",
    "such as",
    "SUCH AS",
    "including",
    "and",
    "or",
    "within",
    "x",
    "_",
    " ",
    "  ",
    "\n",
    "\t",
    ":",
    "(",
    "::",
    ".",
    "ſ",
    "K",
    "İ",
    "ı",
    "é",
    "2",
]


@pytest.mark.parametrize(
    ("before", "context"),
    [
        ("experience with ", True),
        ("Skills (e.g. ", True),
        ("such as:  ", True),
        ("written in\n", True),
        ("within ", False),
        ("a plan ", False),
        ("with::", False),
        ("USING (", True),
        ("", False),
        ("and", True),
        ("brand ", False),
    ],
)
def test_prefix_read_backwards_agrees(before, context) -> None:
    assert bool(_PREFIX.search(before)) == context
    assert bool(_PREFIX_REVERSED.match(before[::-1])) == context


@FAST
@given(st.lists(st.sampled_from(PREFIX_PIECES), max_size=8).map("".join))
def test_prefix_read_backwards_agrees_on_any_text(before) -> None:
    assert bool(_PREFIX_REVERSED.match(before[::-1])) == bool(_PREFIX.search(before))


@pytest.mark.parametrize(
    "text",
    [
        "Senior ENGINEER • 5+ years’ experience",  # a bullet and a curly quote: the fast path
        "ÉCOLE Zürich, SÃO PAULO",  # accented capitals replaced one by one
        "ΟΔΟΣ ΣΟΦΙΑΣ",  # a capital sigma: lowered by its neighbours (final ς)
        "İstanbul",  # lower-cases to two characters
        "\u212a8s and \ud800 a lone surrogate",  # the Kelvin sign lowers to an ASCII k
        "",
    ],
)
def test_lower_is_str_lower(text) -> None:
    assert lower(text) == text.lower()


@FAST
@given(st.text(max_size=60))
def test_lower_is_str_lower_on_any_text(text) -> None:
    assert lower(text) == text.lower()
