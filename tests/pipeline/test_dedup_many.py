"""dedup_columns_many gives each posting exactly the dedup columns dedup_columns gives it alone:
whatever its neighbours in the batch, their lengths, words and scripts."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobwatch.pipeline.dedup import dedup_columns
from jobwatch.pipeline.dedup_many import dedup_columns_many
from jobwatch.pipeline.location import parse_location
from jobwatch.pipeline.minhash import _CACHED_POWERS
from tests.pipeline.text_strategies import filler_words, trap_text

PLACE = parse_location("San Francisco, CA", None, "")
REMOTE = parse_location("Remote - US", None, "")
WORDS = filler_words(30)


def _alone_and_together(descriptions: list[str], payloads: list[object] | None = None) -> None:
    payloads = payloads or [None] * len(descriptions)
    postings = [
        (payload, "acme", "ML Engineer", text, PLACE if i % 2 else REMOTE, text.lower())
        for i, (payload, text) in enumerate(zip(payloads, descriptions, strict=True))
    ]
    alone = [dedup_columns(*posting) for posting in postings]
    assert dedup_columns_many(postings) == alone


@pytest.mark.parametrize(
    ("label", "descriptions"),
    [
        ("one posting", [WORDS]),
        ("none", []),
        ("empty and one-word texts between long ones", [WORDS, "", "x", WORDS + " more", "ab cd"]),
        ("exactly three words, then two", ["alpha beta gamma", "alpha beta", WORDS]),
        ("short texts leave bins empty", [filler_words(5), filler_words(40), filler_words(3)]),
        ("a text of figures and marks only", ["123 456 — €150k", WORDS]),
        ("non-ASCII letters", ["café élan naïve " + WORDS, "東京 ΟΔΟΣ Σ " + WORDS, WORDS]),
        ("a lone surrogate", ["\ud800ab cd\udfff " + WORDS, WORDS]),
        ("a letter glued to the next text would join words", ["ab" + WORDS + "cd", "ef " + WORDS]),
        ("twenty long words exactly, and nineteen", [filler_words(20), filler_words(19)]),
    ],
)
def test_each_posting_gets_its_own_columns(label: str, descriptions: list[str]) -> None:
    _alone_and_together(descriptions)


def test_a_requisition_id_is_the_anchor_in_a_batch_too() -> None:
    payloads: list[object] = [{"requisition_id": "R-0042"}, None, {"refNumber": "7"}]
    _alone_and_together([WORDS, WORDS, ""], payloads)


def test_batches_longer_than_the_power_tables_split_and_agree() -> None:
    # ~60 KB each: three of them pass the kept power tables (minhash._powers); one text alone
    # longer than the tables takes its own
    long = " ".join([filler_words(600)] * 14)
    assert 2 * len(long) < _CACHED_POWERS < 3 * len(long)
    _alone_and_together([long, WORDS, long, long, "x", long * 3, WORDS])


@settings(max_examples=200, deadline=None)
@given(st.lists(trap_text(max_piece=8, max_pieces=40), max_size=8))
def test_any_batch_of_any_texts(descriptions: list[str]) -> None:
    _alone_and_together(descriptions)
