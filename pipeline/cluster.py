"""Global dedup pass: merge per-posting clusters whose descriptions are near-duplicates (MinHash).

The pipeline writes a pure per-posting `cluster_id` (pipeline/dedup.py). Copies of one job that
differ in their anchors (a board copy without the requisition id, a repost with an edited text)
can only be joined by looking at all postings at once; this pass does that, deterministically:
the same postings always give the same clusters, whatever order they come in.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

NUM_PERM, BANDS = 64, 16  # 16 bands of 4 rows: pairs above ~0.5 Jaccard become candidates
SHINGLE = 3  # words per shingle
# Estimated Jaccard to call two descriptions one job: distinct jobs of one company and title share
# boilerplate (up to ~0.77 measured on the sample), while reposts and board copies are ~1.0.
THRESHOLD = 0.9
_WORD = re.compile(r"[^\W\d_]{2,}")
_MASK = np.uint64(0xFFFFFFFF)
_rng = np.random.default_rng(20261116)  # fixed: signatures must be comparable across runs
_A = _rng.integers(1, 2**63, NUM_PERM, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64)


def minhash(text: str | None) -> np.ndarray | None:
    """NUM_PERM min-hashes of the word 3-gram set of a text; None for under 3 words."""
    words = _WORD.findall((text or "").lower())
    if len(words) < SHINGLE:
        return None
    joined = [" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]
    unique = {zlib.crc32(s.encode("utf-8", "surrogatepass")) for s in joined}
    hashes = np.fromiter(unique, dtype=np.uint64, count=len(unique))
    # Multiply-add mod 2^64 and keep the high half: one cheap permutation per column.
    permuted = (np.outer(hashes, _A) + _B) >> np.uint64(32)
    return np.asarray(permuted.min(axis=0) & _MASK, dtype=np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two texts behind two signatures."""
    return float(np.count_nonzero(a == b)) / NUM_PERM


@dataclass(frozen=True)
class Signature:
    posting_id: str
    cluster_id: str  # the pipeline's pure per-posting cluster id
    company_key: str
    title_key: str  # pipeline.dedup.normalize_title_key
    place_key: str  # "" when unknown
    requisition: str | None
    minhash: np.ndarray | None


def _compatible(a: Signature, b: Signature) -> bool:
    if a.requisition and b.requisition and a.requisition != b.requisition:
        return False  # the company says these are two requisitions
    return not a.place_key or not b.place_key or a.place_key == b.place_key


def _same_job(a: Signature, b: Signature) -> bool:
    if a.requisition and a.requisition == b.requisition:
        return True  # one requisition of one company with one title: one job, wherever posted
    if a.minhash is None or b.minhash is None or not _compatible(a, b):
        return False
    return similarity(a.minhash, b.minhash) >= THRESHOLD


def _candidates(signatures: list[Signature]) -> Iterable[tuple[int, int]]:
    """Pairs of one company and title sharing a requisition or an LSH band of their MinHash."""
    buckets: dict[tuple[object, ...], list[int]] = defaultdict(list)
    rows = NUM_PERM // BANDS
    for i, sig in enumerate(signatures):
        block = (sig.company_key, sig.title_key)
        if sig.requisition:
            buckets[(*block, "req", sig.requisition)].append(i)
        if sig.minhash is not None:
            for band in range(BANDS):
                part = sig.minhash[band * rows : (band + 1) * rows].tobytes()
                buckets[(*block, band, part)].append(i)
    seen: set[tuple[int, int]] = set()
    for members in buckets.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if (i, j) not in seen:
                    seen.add((i, j))
                    yield i, j


def cluster_postings(signatures: Iterable[Signature]) -> dict[str, str]:
    """posting_id -> cluster id: postings with one pure cluster id, one shared requisition, or
    near-duplicate descriptions (same company, title and compatible place) join one cluster,
    named by the smallest pure cluster id among its members."""
    sigs = sorted(signatures, key=lambda s: s.posting_id)
    parent = {s.cluster_id: s.cluster_id for s in sigs}

    def find(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for i, j in _candidates(sigs):
        if _same_job(sigs[i], sigs[j]):
            low, high = sorted((find(sigs[i].cluster_id), find(sigs[j].cluster_id)))
            parent[high] = low
    return {s.posting_id: find(s.cluster_id) for s in sigs}


def signature(row: dict[str, object], description: str | None, payload: object = None) -> Signature:
    """The Signature of one normalized posting row, from its raw description and payload."""
    from pipeline.dedup import normalize_title_key, requisition_key

    place = "|".join(str(row.get(k) or "") for k in ("country", "metro", "city"))
    return Signature(
        posting_id=str(row["posting_id"]),
        cluster_id=str(row["cluster_id"]),
        company_key=str(row.get("company_key") or ""),
        title_key=normalize_title_key(str(row.get("title") or "")),
        place_key="" if place == "||" else place,
        requisition=requisition_key(payload),
        minhash=minhash(description),
    )
