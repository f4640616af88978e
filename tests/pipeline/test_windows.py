"""Regexes run only around their key words find what the whole-text scan finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobwatch.pipeline import seniority_text, years_context
from jobwatch.pipeline.windows import finditer_near, windows

WORDS = st.lists(
    st.sampled_from(
        [
            *("preferred", "qualifications", "requirements", "required", "skills", "bonus"),
            *("points", "nice", "to", "have", "must", "experience:", "what", "you'll", "need"),
            *("this", "is", "an", "entry", "level", "role", "position", "as", "a", "junior"),
            *("mid-level", "senior", "we", "are", "looking", "for", "not", "lead", "the", "team"),
            *("manage", "direct", "reports", "supervise", "staff", "of", "8", "department"),
            *("débutant", "accepté", "\n", ".", ",", ":", "•", "acceptable", "recent", "grads"),
        ]
    ),
    max_size=60,
).map(" ".join)

PATTERNS = [
    (years_context.HEADING, years_context._HEADING_KEYS, 25, 45),
    (seniority_text._STATEMENT, seniority_text._LEVEL_WORDS, 80, 50),
    (seniority_text._PEOPLE, seniority_text._PEOPLE_WORDS, 90, 40),
]


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(WORDS)
def test_windows_find_what_the_whole_text_finds(text: str) -> None:
    for pattern, keys, before, after in PATTERNS:
        assert _spans(finditer_near(pattern, text, keys, before, after)) == _spans(
            pattern.finditer(text)
        ), pattern.pattern[:40]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("nothing to see", []),
        ("ab key cd key", [(0, 13)]),  # overlapping windows merge
        ("key" + "x" * 40 + "key", [(0, 4), (40, 46)]),  # from 3 before to 4 after each
    ],
)
def test_windows_merge_around_the_keys(text: str, spans: list[tuple[int, int]]) -> None:
    assert windows(text, ("key",), 3, 4) == spans
