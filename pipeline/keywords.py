"""Every place of many key words in a text, in one Aho-Corasick pass (ahocorasick_rs)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import ahocorasick_rs

if TYPE_CHECKING:
    from collections.abc import Iterable

# JSON may carry a lone surrogate ("\ud800"), which UTF-8 (the library's text) cannot encode.
_SURROGATE = re.compile("[\ud800-\udfff]")


class KeyWords:
    """Overlapping matches of the words, as pyahocorasick's Automaton.iter reports them, at ~half
    its cost a character (measured in the README's normalization speed)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(words)
        # Standard match kind: overlaps reported. A DFA: ~1/3 less time a character than the
        # default contiguous NFA, for ~10 ms and ~3 MB to build the skills' 2,000 words.
        self._automaton = ahocorasick_rs.AhoCorasick(
            self.words, implementation=ahocorasick_rs.Implementation.DFA
        )

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """(index in `words`, start, end) of every occurrence of every word, offsets in `text`."""
        try:
            return self._automaton.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:  # a surrogate is in no word: one placeholder character instead
            text = _SURROGATE.sub("\ufffd", text)
            return self._automaton.find_matches_as_indexes(text, overlapping=True)
