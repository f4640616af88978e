"""How far a target is reachable: a rule fitted to the gold labels, scored on held-out rows.

A classifier that reads only some features of a row (a title's level word and occupation) gives
every row with the same features the same answer, so the best it can do is decide per group of
rows sharing those features. `held_out_ceiling` learns that decision from the gold labels of one
random half of the rows (a group is called positive when its share of positives clears the
threshold with the best F1 at the required precision) and scores it on the other half. Fitted to
the very labels it is scored against, it is an optimistic estimate of what a classifier written
without them can reach from the same features; when it falls short of a target, those features
cannot tell what the target asks.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Hashable, Sequence


@dataclass(frozen=True)
class Ceiling:
    precision: float
    recall: float
    f1: float


def fit_rule(
    groups: dict[Hashable, tuple[int, int]], positives: int, min_precision: float
) -> set[Hashable]:
    """The keys called positive: groups (positives, rows) by falling share of positives, cut at
    the threshold with the best F1 among those with precision >= min_precision (none: no key)."""
    ranked = sorted(groups.items(), key=lambda item: item[1][0] / item[1][1], reverse=True)
    best_f1, cut, hits, called = 0.0, 0, 0, 0
    for index, (_, (pos, rows)) in enumerate(ranked):
        hits, called = hits + pos, called + rows
        # A threshold cannot split groups with the same share: cut only where the share falls.
        last = index + 1 == len(ranked)
        if not last and ranked[index + 1][1][0] * rows == pos * ranked[index + 1][1][1]:
            continue
        f1 = 2 * hits / (called + positives) if positives else 0.0
        if hits >= min_precision * called and f1 > best_f1:
            best_f1, cut = f1, index + 1
    return {key for key, _ in ranked[:cut]}


def _groups(
    keys: Sequence[Hashable], gold: Sequence[bool], rows: Sequence[int]
) -> dict[Hashable, tuple[int, int]]:
    counts: dict[Hashable, tuple[int, int]] = {}
    for row in rows:
        pos, total = counts.get(keys[row], (0, 0))
        counts[keys[row]] = (pos + gold[row], total + 1)
    return counts


def held_out_ceiling(
    keys: Sequence[Hashable], gold: Sequence[bool], min_precision: float, shuffles: int = 5
) -> Ceiling:
    """Precision, recall and F1 of the fitted rule on held-out rows, counts pooled over
    `shuffles` random halvings (fixed seeds, so the figure is reproducible) and both halves."""
    hits = called = positives = 0
    for seed in range(shuffles):
        order = list(range(len(keys)))
        random.Random(seed).shuffle(order)
        half = len(order) // 2
        for fit_rows, test_rows in ((order[:half], order[half:]), (order[half:], order[:half])):
            fit_positives = sum(gold[row] for row in fit_rows)
            chosen = fit_rule(_groups(keys, gold, fit_rows), fit_positives, min_precision)
            called += sum(keys[row] in chosen for row in test_rows)
            hits += sum(keys[row] in chosen and gold[row] for row in test_rows)
            positives += sum(gold[row] for row in test_rows)
    precision = hits / called if called else 0.0
    recall = hits / positives if positives else 0.0
    f1 = 2 * hits / (called + positives) if positives else 0.0
    return Ceiling(precision, recall, f1)
