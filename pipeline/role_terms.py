"""Every role's description terms found in one Aho-Corasick pass instead of a regex per role."""

from __future__ import annotations

from typing import TYPE_CHECKING

import ahocorasick

if TYPE_CHECKING:
    from collections.abc import Sequence


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what re's \w matches in a str pattern


class TermMatcher:
    """The terms of several lists found in a text, per list, as each list's whole-word regex finds
    them: `(?<!\\w)(?:t1|t2|...)(?!\\w)` with the longest terms first, by re.finditer. Terms are
    matched exactly (a caller lower-cases both). One pass over the text serves every list: a
    regex per list costs a whole-text scan each (~15 of them, ~1.3 ms a description)."""

    def __init__(self, term_lists: Sequence[Sequence[str]]) -> None:
        owners: dict[str, list[int]] = {}
        for index, terms in enumerate(term_lists):
            for term in dict.fromkeys(terms):
                owners.setdefault(term, []).append(index)
        self._lists = len(term_lists)
        self._automaton: ahocorasick.Automaton | None = None
        if owners:
            self._automaton = ahocorasick.Automaton()
            for term, indexes in owners.items():
                self._automaton.add_word(term, (len(term), term, tuple(indexes)))
            self._automaton.make_automaton()

    def find(self, text: str) -> list[list[str]]:
        """For each list, the terms matched in `text`, left to right, as re.finditer yields them."""
        candidates: list[list[tuple[int, int, str]]] = [[] for _ in range(self._lists)]
        if self._automaton is None:
            return [[] for _ in range(self._lists)]
        last = len(text) - 1
        for end, (length, term, indexes) in self._automaton.iter(text):
            start = end - length + 1
            if (start and _is_word(text[start - 1])) or (end < last and _is_word(text[end + 1])):
                continue
            for index in indexes:
                candidates[index].append((start, -length, term))
        return [_leftmost_longest(found) for found in candidates]


def _leftmost_longest(candidates: list[tuple[int, int, str]]) -> list[str]:
    """What finditer keeps: at the leftmost place the longest term (the alternation tries the
    longest first), then on from its end."""
    candidates.sort()
    kept, taken = [], 0
    for start, minus_length, term in candidates:
        if start >= taken:
            taken = start - minus_length
            kept.append(term)
    return kept
