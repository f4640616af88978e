"""dedup.text_anchor (byte tables, a look at each distinct non-ASCII character) gives the digest
of the one-regex definition it replaced (text_anchor_reference), on traps and arbitrary text."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobwatch.pipeline.dedup import text_anchor, text_anchor_reference
from tests.pipeline.text_strategies import ANY_CHAR, filler_words, trap_text

WORDS = filler_words(20)
ANCHOR_TEXT = trap_text(8, 60)

CASES = [
    ("ASCII words with figures and markup", WORDS + " <b>$150,000</b> 401(k)", True),
    ("curly apostrophes and bullets split words", WORDS + " we’re • hiring — now…", True),
    ("non-ASCII letters stay letters", WORDS + " café naïve Zürich 東京 オフィス", True),
    ("a lone non-ASCII letter is a one-letter word", WORDS + " à é ü", True),
    ("digits of any script split words", WORDS + " ab٣cd ab3cd ab²cd", True),
    ("underscores split words", WORDS + " snake_case __init__", True),
    ("İ lower-cases to i and a combining dot", WORDS + " İstanbul İİ", True),
    ("final sigma depends on the next letter", WORDS + " ΟΔΟΣ ΟΔΟΣΑ Σ", True),
    ("lone surrogates hash, not crash", WORDS + " \ud800ab cd\udfff", True),
    ("nineteen words of two letters are too few", " ".join(WORDS.split()[:19]) + " a b c", False),
    ("twenty words are enough", WORDS, True),
    ("no description", None, False),
]


@pytest.mark.parametrize(("label", "text", "anchored"), CASES, ids=[c[0] for c in CASES])
def test_text_anchor_on_traps(label: str, text: str | None, anchored: bool) -> None:
    assert text_anchor(text) == text_anchor_reference(text)
    assert (text_anchor(text) != "") is anchored


def test_text_anchor_still_ignores_case_markup_and_figures() -> None:
    base = WORDS + " we’re hiring in Zürich"
    assert text_anchor(base) == text_anchor(base.upper().replace(" ", " <p>• "))
    assert text_anchor(base + " $150,000") == text_anchor(base + " €165.000")
    assert text_anchor(base) != text_anchor(base + " and Geneva")


@settings(max_examples=800, deadline=None)
@given(ANCHOR_TEXT)
def test_text_anchor_matches_the_regex_definition(text: str) -> None:
    assert text_anchor(text) == text_anchor_reference(text)


@settings(max_examples=300, deadline=None)
@given(st.text(ANY_CHAR, max_size=400))
def test_text_anchor_matches_on_any_text(text: str) -> None:
    assert text_anchor(text) == text_anchor_reference(text)
