"""Bounded per-process memos of pure functions of short fields (titles, places, company names)."""

from __future__ import annotations

from functools import _lru_cache_wrapper, lru_cache
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable

T = TypeVar("T")

# Entries kept by each memo: a weekly refresh re-normalizes every posting still open, so the same
# few thousand titles and places come back. Measured ~350 bytes an entry: ~3 MB a full memo.
MEMO_SIZE = 8192
_MEMOS: list[_lru_cache_wrapper[object]] = []


def memo(function: Callable[..., T]) -> _lru_cache_wrapper[T]:
    """`function` memoized (least recently used entries dropped past MEMO_SIZE)."""
    cached = lru_cache(maxsize=MEMO_SIZE)(function)
    _MEMOS.append(cached)
    return cached


def memos() -> list[_lru_cache_wrapper[object]]:
    """Every memo made so far (for tests and benchmarks)."""
    return list(_MEMOS)


def clear_memos() -> None:
    """Forget every memo: what a posting costs when its title and place are new (benchmarks)."""
    for cached in _MEMOS:
        cached.cache_clear()
