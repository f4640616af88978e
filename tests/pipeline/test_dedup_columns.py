"""The dedup columns from the description lower-cased once by normalize_record, and the memoized
title key, give exactly what their definitions give."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobwatch.pipeline import dedup
from jobwatch.pipeline.dedup import dedup_columns, letter_bytes, normalize_title_key
from jobwatch.pipeline.location import parse_location
from jobwatch.pipeline.memo import MEMO_SIZE, clear_memos, memos

FAST = settings(max_examples=300, deadline=None)
ANY_CHAR = st.characters(exclude_categories=())  # lone surrogates too: JSON can decode to them
PIECES = [
    "role",
    "team",
    "a",
    "é",
    "x²",
    "١٢",
    "_",
    "’s",
    "İ",
    "ΟΔΟΣ",
    "Σ",
    "K",
    "\n",
    " ",
    "–",
    "€150k",
    "café",
    "東京",
    "\ud800",
    "ﬁ",
    "ß",
    "ẞ",
]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(ANY_CHAR, max_size=8)), max_size=60)
WORDS = " ".join(f"word{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(30))
PLACE = parse_location("San Francisco, CA", None, "")


@pytest.mark.parametrize(
    "text",
    [
        WORDS,
        WORDS + " we’re hiring — now…",
        "İstanbul İİ " + WORDS,
        "ΟΔΟΣ ΟΔΟΣΑ Σ " + WORDS,
        "\ud800ab cd\udfff " + WORDS,
        "K ﬁ ß " + WORDS,
        "",
        "x",
    ],
)
def test_letters_from_the_shared_lower_case_are_the_same(text: str) -> None:
    assert letter_bytes(text, text.lower()) == letter_bytes(text)
    columns = dedup_columns({}, "acme", "ML Engineer - San Francisco", text, PLACE, text.lower())
    assert columns == dedup_columns({}, "acme", "ML Engineer - San Francisco", text, PLACE)


@FAST
@given(TEXT.map(" ".join))
def test_dedup_columns_from_the_shared_lower_case_agree_on_any_text(text: str) -> None:
    assert letter_bytes(text, text.lower()) == letter_bytes(text)
    assert dedup_columns(None, None, "x", text, PLACE, text.lower()) == dedup_columns(
        None, None, "x", text, PLACE
    )


def test_the_title_key_memo_is_bounded_and_cleared() -> None:
    assert dedup._title_key in memos()
    assert dedup._title_key.cache_info().maxsize == MEMO_SIZE
    dedup._title_key("Senior ML Engineer (Remote)", ("Boston",))
    clear_memos()
    assert dedup._title_key.cache_info().currsize == 0


TITLE_WORDS = [
    "Sr.",
    "ML",
    "Engineer",
    "- London",
    "(Remote)",
    "Req #4821",
    "[R-0042]",
    "&",
    "London",
    "New York",
    "(",
    ")",
    "İ",
    "II",
    "Data",
    "- Hybrid",
    "/",
    "ß",
]
PLACES = st.lists(st.sampled_from(["London", "New York", "İzmir", "", "a+b", "(x)"]), max_size=3)


@FAST
@given(st.lists(st.sampled_from(TITLE_WORDS), max_size=7).map(" ".join), PLACES.map(tuple))
def test_the_memoized_title_key_is_the_fresh_one(title: str, places: tuple[str, ...]) -> None:
    expected = normalize_title_key(title, places)
    assert dedup._title_key(title, places) == expected
    assert dedup._title_key(title, places) == expected  # served from the memo the second time
