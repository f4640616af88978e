"""Shared test text: numbered filler words and hypothesis text full of word-splitting traps."""

from __future__ import annotations

from hypothesis import strategies as st

ANY_CHAR = st.characters(exclude_categories=())  # lone surrogates too: JSON can decode to them
# Letters, figures, superscripts, Arabic digits, dotted capital I, final sigma, apostrophes.
TRAPS = ["role", "team", "a", "é", "x²", "١٢", "_", "’s", "İ", "ΟΔΟΣ", "\n", " "]


def filler_words(n: int) -> str:
    """n distinct letter-only words ("wordaa wordba ...")."""
    return " ".join(f"word{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(n))


def trap_text(max_piece: int, max_pieces: int) -> st.SearchStrategy[str]:
    pieces = st.one_of(st.sampled_from(TRAPS), st.text(ANY_CHAR, max_size=max_piece))
    return st.lists(pieces, max_size=max_pieces).map(" ".join)
