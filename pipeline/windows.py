"""Spans of a text around key words: where a regex too slow for a whole posting is tried.

Python's re scans a 3,000-character posting for a large alternation in ~0.1-0.8 ms; one
Aho-Corasick pass places all the key words at C speed, so a pattern whose every match holds one
of them is run only in the merged windows around them, with the same matches.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from jobwatch.pipeline.keywords import KeyWords

if TYPE_CHECKING:
    import re
    from collections.abc import Iterable, Iterator


_key_words = cache(KeyWords)


def windows(folded: str, keys: tuple[str, ...], before: int, after: int) -> list[tuple[int, int]]:
    """Merged (start, end) spans from `before` characters before each key word's place in the
    lower-cased text to `after` characters after its start, in text order."""
    size = len(folded)
    spans = []
    for _, at, _ in _key_words(keys).find(folded):
        spans.append((max(0, at - before), min(size, at + after)))
    return merged(spans)


def merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in text order, those that overlap or touch joined into one."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def finditer_near(
    pattern: re.Pattern[str], folded: str, keys: tuple[str, ...], before: int, after: int
) -> Iterator[re.Match[str]]:
    """pattern.finditer over the windows around the key words (each window read once)."""
    for start, end in windows(folded, keys, before, after):
        yield from pattern.finditer(folded, start, end)
