"""The global dedup pass's Python reference, which the production SQL pass (warehouse/sql/23-27)
is tested equal to: merge per-posting clusters whose descriptions are near-duplicates.

The pipeline writes a pure per-posting `cluster_id` (pipeline/dedup.py). Copies of one job that
differ in their anchors (a board copy without the requisition id, a repost with an edited text)
can only be joined by looking at all postings at once; this pass does that, deterministically:
the same postings always give the same clusters, whatever order they come in. The thresholds are
production's (warehouse/clusters.py).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from jobwatch.pipeline.dedup import normalize_title_key, requisition_key, text_minhash
from jobwatch.pipeline.minhash import NUM_PERM, similarity
from jobwatch.warehouse.clusters import THRESHOLD

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = ["NUM_PERM", "THRESHOLD", "Signature", "cluster_postings", "minhash", "similarity"]

BANDS = 16  # 16 bands of 4 rows: pairs above ~0.5 Jaccard become candidates


minhash = text_minhash  # NUM_PERM positions of a text's word 3-grams; None under 3 words


@dataclass(frozen=True)
class Signature:
    posting_id: str
    cluster_id: str  # the pipeline's pure per-posting cluster id
    company_key: str
    title_key: str  # jobwatch.pipeline.dedup.normalize_title_key
    place_key: str  # "" when unknown
    requisition: str | None
    minhash: np.ndarray | None


def _compatible(a: Signature, b: Signature) -> bool:
    if a.requisition and b.requisition and a.requisition != b.requisition:
        return False  # the company says these are two requisitions
    return not a.place_key or not b.place_key or a.place_key == b.place_key


def _same_requisition(a: Signature, b: Signature) -> bool:
    return bool(a.requisition) and a.requisition == b.requisition


def _same_job(a: Signature, b: Signature) -> bool:
    if _same_requisition(a, b):
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
    named by the smallest pure cluster id among its members. Several signatures of one posting
    (its versions over the weeks) are one job: their pure ids join too.

    A copy without a place is a copy of one job, not a bridge: when near-duplicates of it have
    places, it joins the cluster of the smallest of them and never merges two clusters with places
    (the same text posted for New York and for San Francisco stays two jobs)."""
    sigs = sorted(signatures, key=lambda s: (s.posting_id, s.cluster_id))
    parent = {s.cluster_id: s.cluster_id for s in sigs}

    def find(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(a: str, b: str) -> None:
        low, high = sorted((find(a), find(b)))
        parent[high] = low

    placed = {s.cluster_id for s in sigs if s.place_key}
    copies = []  # near-duplicate links between a pure cluster with a place and one without
    for i, j in _candidates(sigs):
        a, b = sigs[i], sigs[j]
        if not _same_job(a, b):
            continue
        if _same_requisition(a, b) or (a.cluster_id in placed) == (b.cluster_id in placed):
            union(a.cluster_id, b.cluster_id)
        else:
            copies.append((a.cluster_id, b.cluster_id))
    for earlier, later in itertools.pairwise(sigs):
        if earlier.posting_id == later.posting_id:
            union(earlier.cluster_id, later.cluster_id)
    _attach_copies(copies, {find(c) for c in placed}, find, union)
    return {s.posting_id: find(s.cluster_id) for s in sigs}


def _attach_copies(
    copies: list[tuple[str, str]],
    placed_roots: set[str],
    find: Callable[[str], str],
    union: Callable[[str, str], None],
) -> None:
    """Each cluster without a place joins the smallest placed cluster it is a copy of."""
    targets: dict[str, set[str]] = defaultdict(set)
    for a, b in copies:
        root_a, root_b = find(a), find(b)
        if root_a in placed_roots and root_b in placed_roots:
            continue  # already placed on both sides (e.g. the copy shares a requisition)
        copy, target = (root_a, root_b) if root_b in placed_roots else (root_b, root_a)
        targets[copy].add(target)
    for copy, found in targets.items():
        union(copy, min(found))


def signature(row: dict[str, object], description: str | None, payload: object = None) -> Signature:
    """The Signature of one normalized posting row: its title_key, requisition_key and minhash
    columns when it has them (as the warehouse reads them), else derived from the raw description
    and payload."""
    place = "|".join(str(row.get(k) or "") for k in ("country", "metro", "city"))
    title_key, stored, requisition = (
        row.get(k) for k in ("title_key", "minhash", "requisition_key")
    )
    if title_key is None:
        title_key = normalize_title_key(str(row.get("title") or ""))
    return Signature(
        posting_id=str(row["posting_id"]),
        cluster_id=str(row["cluster_id"]),
        company_key=str(row.get("company_key") or ""),
        title_key=str(title_key),
        place_key="" if place == "||" else place,
        requisition=str(requisition) if requisition else requisition_key(payload),
        minhash=np.asarray(stored, dtype=np.uint32) if stored is not None else minhash(description),
    )
