"""dedup_columns of a stage's postings at once: their letters in one buffer, numpy called once.

dedup_columns makes ~25 numpy calls a posting, each costing about as much as its work on a
description. Here the letters of many descriptions are joined a space apart (no word spans two),
and the MinHash shingles and the text anchor's words of them all come from one call each. A
word's hash does not depend on where it stands, so each signature and anchor is the one
dedup_columns gives (tests/pipeline/test_dedup_many.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from jobwatch.pipeline.dedup import (
    anchor_digest,
    columns_of,
    letter_bytes,
    long_word_masks,
    long_words_of_text,
    requisition_key,
)
from jobwatch.pipeline.minhash import (
    _BIN_SHIFT,
    _CACHED_POWERS,
    _UEMPTY,
    _VALUE_SHIFT,
    NUM_PERM,
    SHINGLE,
    Words,
    fill_empty_bins,
    letter_words,
    shingle_hashes,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from jobwatch.pipeline.location import LocationResult

# (payload, company key, title, description, location, the description's lower case)
Posting = tuple[Any, str | None, str, str, "LocationResult", str | None]
Found = tuple[np.ndarray | None, str]  # a description's signature and text anchor digest


def dedup_columns_many(postings: list[Posting]) -> list[dict[str, Any]]:
    """[dedup_columns(*posting) for posting in postings], a few numpy calls for them all."""
    letters = [letter_bytes(description, lowered) for _, _, _, description, _, lowered in postings]
    found = [item for group in _groups(letters) for item in _signatures_and_anchors(group)]
    out = []
    for (payload, company_key, title, _, location, _), (signature, digest) in zip(
        postings, found, strict=True
    ):
        requisition = requisition_key(payload)
        out.append(columns_of(requisition, company_key, title, location, digest, signature))
    return out


def _groups(letters: list[bytes]) -> Iterator[list[bytes]]:
    """Runs of the texts whose buffer the kept power tables cover (minhash._powers)."""
    group: list[bytes] = []
    size = 2  # the buffer's bytes + 1: a space at each end
    for text in letters:
        if group and size + len(text) + 1 > _CACHED_POWERS:
            yield group
            group, size = [], 2
        group.append(text)
        size += len(text) + 1
    if group:
        yield group


def _signatures_and_anchors(letters: list[bytes]) -> list[Found]:
    words = letter_words(b" ".join(letters))
    # the space after text k stands at ends[k]; its words are those starting before it
    ends = np.cumsum([len(text) + 1 for text in letters])
    cuts = np.searchsorted(words[1], ends).tolist()
    signatures = _signatures(words, cuts)
    return list(zip(signatures, _anchors(words[0], ends, letters), strict=True))


def _signatures(words: Words, cuts: list[int]) -> list[np.ndarray | None]:
    """minhash_of_letters of each text: text k's words end at cuts[k]."""
    n, h = len(cuts), shingle_hashes(words)
    counts = np.diff(cuts, prepend=0)
    bins = (h >> _BIN_SHIFT).astype(np.intp)
    bins += np.repeat(np.arange(0, n * NUM_PERM, NUM_PERM), counts)[: len(h)]
    # a shingle starting at a text's last two words runs into the next text: a bin of its own
    bins[[i for cut in cuts for i in (cut - 2, cut - 1) if 0 <= i < len(h)]] = n * NUM_PERM
    flat = np.full(n * NUM_PERM + 1, _UEMPTY)
    np.minimum.at(flat, bins, h)
    mins = flat[:-1].reshape(n, NUM_PERM)
    values = (mins >> _VALUE_SHIFT).astype(np.uint32)
    holed = (mins == _UEMPTY).any(axis=1).tolist()
    out: list[np.ndarray | None] = []
    for k, count in enumerate(counts.tolist()):
        if count < SHINGLE:
            out.append(None)
            continue
        if holed[k]:
            fill_empty_bins(mins[k], values[k])
        out.append(values[k])
    return out


def _anchors(b: np.ndarray, ends: np.ndarray, letters: list[bytes]) -> list[str]:
    """_anchor_of_letters of each text: text k is b[starts[k] : ends[k]], its own space after."""
    keep, space = long_word_masks(b)
    starts = np.concatenate(([1], ends[:-1] + 1))
    sizes = np.add.reduceat(keep.view(np.uint8), starts, dtype=np.intp).tolist()
    counts = np.add.reduceat(space.view(np.uint8), starts, dtype=np.intp).tolist()
    joined, at, out = b[keep].tobytes(), 0, []
    for text, size, count in zip(letters, sizes, counts, strict=True):
        if text.isascii():  # a byte is a character
            out.append(anchor_digest(count, joined[at : at + size][:-1]))
        else:
            out.append(anchor_digest(*long_words_of_text(text)))
        at += size
    return out
