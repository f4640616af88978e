"""The words every match of a regex holds, read from the regex: which patterns a text can match.

Python's re tries an alternation-led pattern at almost every character (~0.1 us each over a
window of text); one Aho-Corasick pass places many words at once. `clauses(pattern)` reads the
parsed pattern (re's own parser) for what any match must contain: runs of literal characters,
and for an alternation one word from each branch. Every match holds a word of each clause, so a
text lacking all the words of one clause has no match (tests/pipeline/test_prefilter.py checks
it on arbitrary text). Nothing is told of a case-insensitive pattern: () then, as for one
without literals."""

from __future__ import annotations

import re
import re._constants as _op
import re._parser as _parser
from typing import Any

from jobwatch.pipeline.keywords import KeyWords

Clause = tuple[str, ...]  # a match holds one of these words
_SHORTEST = 3


def clauses(pattern: re.Pattern[str]) -> tuple[Clause, ...]:
    """Clauses every match of `pattern` satisfies (a case-sensitive pattern over str)."""
    if pattern.flags & re.IGNORECASE:
        return ()
    return tuple(dict.fromkeys(_sequence(_parser.parse(pattern.pattern, pattern.flags))))


class Prefilter:
    """Which of many patterns can match in a text: one Aho-Corasick pass places the words of
    their clauses, each pattern needs a word of each of its clauses. Clauses with a word under
    three characters are left out ("a", "is": everywhere, and each a hit to go through)."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        found = [[c for c in clauses(p) if min(map(len, c)) >= _SHORTEST] for p in patterns]
        words = sorted({word for clause_list in found for clause in clause_list for word in clause})
        bit = {word: 1 << i for i, word in enumerate(words)}
        self._words = KeyWords(words)
        self._bits = [bit[word] for word in words]
        # a clause as the bits of its words: a pattern is possible when each clause has one set
        self._masks = [tuple(sum(bit[w] for w in c) for c in clause_list) for clause_list in found]

    def possible(self, text: str) -> list[bool]:
        """For each pattern, in order: whether it may match in `text` (False: it cannot)."""
        present = 0
        for index, _, _ in self._words.find(text):
            present |= self._bits[index]
        return [all(map(present.__and__, masks)) for masks in self._masks]


def _sequence(items: Any) -> list[Clause]:
    """The clauses of a sequence of parsed items: each run of literal characters, and the
    clauses of the items that must occur (groups, branches, repeats of at least one)."""
    found: list[Clause] = []
    run = ""
    for op, arg in items:
        char = _literal(op, arg)
        if char is not None:
            run += char
            continue
        if op is _op.AT:  # \b, ^, $: zero-width, a run goes on across it
            continue
        if run:
            found.append((run,))
            run = ""
        found += _inner(op, arg)
    if run:
        found.append((run,))
    return found


def _literal(op: Any, arg: Any) -> str | None:
    if op is _op.LITERAL:
        return chr(arg)
    if op is _op.IN and len(arg) == 1 and arg[0][0] is _op.LITERAL:  # "[x]"
        return chr(arg[0][1])
    return None


def _inner(op: Any, arg: Any) -> list[Clause]:
    if op is _op.SUBPATTERN:
        _, add_flags, _, items = arg
        return [] if add_flags & re.IGNORECASE else _sequence(items)
    if op in (_op.MAX_REPEAT, _op.MIN_REPEAT) and arg[0] >= 1:
        return _sequence(arg[2])
    if op is _op.BRANCH:
        best = [_best(_sequence(branch)) for branch in arg[1]]
        if all(best):
            return [tuple(dict.fromkeys(word for clause in best for word in clause))]
    return []  # anything else (classes, lookarounds, optional parts) says nothing


def _best(found: list[Clause]) -> Clause:
    """The clause that rules out most: its shortest word longest, then the fewest words."""
    return max(found, key=lambda c: (min(map(len, c)), -len(c)), default=())
