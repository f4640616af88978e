"""MinHash signatures of descriptions (one-permutation hashing, vectorized), and their similarity.

Definition (minhash_reference spells it out in plain Python): the words are the maximal runs of
letters of the lower-cased text; a word hashes to the polynomial sum(byte_j * P**j) mod 2**64 of
its UTF-8 bytes, and a 3-word shingle (a, b, c) to K1*a + K2*b + c mod 2**64. One permutation
hashing: the top 6 bits of a shingle's hash pick one of 64 bins, a bin keeps its smallest hash,
and the signature is bits 26..57 of each bin's minimum. A bin left empty (short texts) takes the
value of the first non-empty bin in its own fixed pseudo-random probe order ("optimal
densification", Shrivastava 2017), so that, as with 64 independent permutations, two texts agree
in a position with probability = the Jaccard similarity of their shingle sets. Every constant is
fixed: signatures are stored in the lake and compared across runs and processes.
"""

from __future__ import annotations

import re

import numpy as np

NUM_PERM = 64  # bins = signature positions
SHINGLE = 3  # words per shingle
_M64 = (1 << 64) - 1
_P, _K1, _K2 = 0x9E3779B97F4A7C15, 0x165667B19E3779F9, 0x27D4EB2F165667C5  # odd, fixed
_INV_P = pow(_P, -1, 1 << 64)
_LETTERS = re.compile(r"[^\W\d_]+")
# Probe order of each bin when it is empty: a fixed permutation of the 64 bins per bin.
_PROBES = np.stack(
    [np.random.default_rng(20261116 + k).permutation(NUM_PERM) for k in range(NUM_PERM)]
)
_U = np.uint64
_EMPTY = _M64  # a bin's minimum before any shingle (a hash of exactly 2**64-1 counts as none)
# numpy scalars made once (making them costs about as much as an operation on 500 words)
_UK1, _UK2, _UEMPTY, _BIN_SHIFT, _VALUE_SHIFT = _U(_K1), _U(_K2), _U(_EMPTY), _U(58), _U(26)
_NO_MINS = np.full(NUM_PERM, _UEMPTY)  # copied for each text (np.full costs ~5x a copy)
_CACHED_POWERS = 1 << 17  # bytes of text the kept power tables cover (2 MB)


def _poly(word: bytes) -> int:
    value, power = 0, 1
    for byte in word:
        value = (value + byte * power) & _M64
        power = (power * _P) & _M64
    return value


def minhash_reference(text: str | None) -> np.ndarray | None:
    """The signature by the definition above, one Python step per word and shingle (slow)."""
    found = _LETTERS.findall((text or "").lower())
    words = [_poly(word.encode("utf-8", "surrogatepass")) for word in found]
    if len(words) < SHINGLE:
        return None
    mins = [_EMPTY] * NUM_PERM
    for a, b, c in zip(words, words[1:], words[2:], strict=False):
        h = (_K1 * a + _K2 * b + c) & _M64
        mins[h >> 58] = min(mins[h >> 58], h)
    filled = [k for k in range(NUM_PERM) if mins[k] != _EMPTY]
    out = []
    for k in range(NUM_PERM):
        source = k if k in filled else next(int(j) for j in _PROBES[k] if int(j) in filled)
        out.append((mins[source] >> 26) & 0xFFFFFFFF)
    return np.array(out, dtype=np.uint32)


def _table(base: int, size: int) -> np.ndarray:
    steps = np.full(size, base, dtype=_U)
    steps[0] = 1
    return np.cumprod(steps, dtype=_U)  # wraps mod 2**64, as intended


_POWERS: list[np.ndarray] = []


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """P**j and P**-j mod 2**64 for j < n at least (tables for longer texts are not kept)."""
    if n > _CACHED_POWERS:
        return _table(_P, n), _table(_INV_P, n)
    if not _POWERS:
        _POWERS[:] = [_table(_P, _CACHED_POWERS), _table(_INV_P, _CACHED_POWERS)]
    return _POWERS[0], _POWERS[1]


Words = tuple[np.ndarray, np.ndarray, np.ndarray]


def letter_words(letters: bytes) -> Words:
    """(b, starts, ends): the bytes of " " + letters + " ", and word i is b[starts[i] + 1 :
    ends[i] + 1] (a run of non-spaces); dedup's text anchor reads the same words."""
    b = np.frombuffer(b" " + letters + b" ", dtype=np.uint8)
    is_letter = b != 32
    edges = (is_letter[1:] != is_letter[:-1]).nonzero()[0]
    return b, edges[0::2], edges[1::2]


def shingle_hashes(words: Words) -> np.ndarray:
    """The hash of each run of 3 words, from letter_words' (b, starts, ends). A word's hash does
    not depend on where the word stands in b, so b may hold several texts a space apart."""
    b, starts, ends = words
    power, inverse = _powers(len(b) + 1)
    prefix = np.add.accumulate(b * power[: len(b)])  # prefix[i] = sum of byte_j * P**j, j <= i
    hashes = (prefix[ends] - prefix[starts]) * inverse[1:][starts]  # each as if it began at 0
    shingles: np.ndarray = hashes[:-2] * _UK1 + hashes[1:-1] * _UK2 + hashes[2:]
    return shingles


def minhash_of_letters(letters: bytes, words: Words | None = None) -> np.ndarray | None:
    """The signature from the UTF-8 bytes of the lower-cased text with every non-letter a space
    (pipeline/dedup.py letter_bytes); numpy throughout, no Python step per word or shingle. Each of
    the ~20 numpy calls costs about as much as its work on 3,000 bytes, so the methods are called
    directly (np.cumsum and np.flatnonzero go through Python wrappers, ~1.5 us each). `words` is
    letter_words(letters) when the caller has it."""
    words = letter_words(letters) if words is None else words
    if len(words[1]) < SHINGLE:
        return None
    h = shingle_hashes(words)
    mins = _NO_MINS.copy()
    np.minimum.at(mins, h >> _BIN_SHIFT, h)
    values = (mins >> _VALUE_SHIFT).astype(np.uint32)  # keeps bits 26..57
    if mins.max() == _UEMPTY:  # a bin without a shingle (short texts; ~4% at 500 words)
        fill_empty_bins(mins, values)
    return values


def fill_empty_bins(mins: np.ndarray, values: np.ndarray) -> None:
    """Each empty bin's value, in place: the first non-empty bin's in its probe order."""
    empty = mins == _UEMPTY
    holes = empty.nonzero()[0]
    probes = _PROBES[holes]
    values[holes] = values[probes[np.arange(len(holes)), (~empty)[probes].argmax(axis=1)]]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two texts behind two signatures."""
    return float(np.count_nonzero(a == b)) / NUM_PERM
