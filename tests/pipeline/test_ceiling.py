"""The ceiling of a target: the rule fitted per group of rows, and its held-out score."""

from __future__ import annotations

import pytest

from jobwatch.pipeline.evaluation.ceiling import fit_rule, held_out_ceiling

GROUPS = {"intern": (9, 10), "clerk": (5, 10), "senior": (0, 10)}


@pytest.mark.parametrize(
    ("groups", "positives", "min_precision", "chosen"),
    [
        (GROUPS, 14, 0.88, {"intern"}),  # intern + clerk is 14/20 = 0.70 precise: too low
        (GROUPS, 14, 0.5, {"intern", "clerk"}),  # F1 0.82 beats intern alone (0.75)
        (GROUPS, 14, 0.0, {"intern", "clerk"}),  # adding senior only adds false positives
        (GROUPS, 14, 0.95, set()),  # no group is precise enough: call nothing
        ({"a": (1, 2), "b": (2, 4)}, 3, 0.5, {"a", "b"}),  # equal shares are taken together
        ({"a": (1, 2), "b": (2, 4)}, 3, 0.6, set()),  # ... or not at all, never split
        ({"a": (0, 3)}, 0, 0.0, set()),  # nothing to find
    ],
)
def test_fit_rule(groups, positives: int, min_precision: float, chosen: set[str]) -> None:
    assert fit_rule(groups, positives, min_precision) == chosen


def test_a_key_that_tells_the_label_reaches_everything() -> None:
    keys = ["junior"] * 50 + ["senior"] * 50
    gold = [True] * 50 + [False] * 50
    ceiling = held_out_ceiling(keys, gold, 0.88)
    assert (ceiling.precision, ceiling.recall, ceiling.f1) == (1.0, 1.0, 1.0)


def test_a_key_that_tells_nothing_reaches_nothing_at_high_precision() -> None:
    keys = ["engineer"] * 100
    gold = [True, False] * 50
    assert held_out_ceiling(keys, gold, 0.88).f1 == 0.0
    # at a precision the labels allow, the one group is called positive: half right
    assert held_out_ceiling(keys, gold, 0.4).precision == pytest.approx(0.5)


def test_groups_seen_once_do_not_carry_over_to_the_other_half() -> None:
    # Every title is unique, so a label learned on one half says nothing about the other: fitting
    # cannot memorize its way to the target.
    keys = [f"title {i}" for i in range(200)]
    gold = [i % 2 == 0 for i in range(200)]
    assert held_out_ceiling(keys, gold, 0.88).f1 == 0.0


def test_the_estimate_is_reproducible() -> None:
    keys = [i % 7 for i in range(300)]
    gold = [(i * 31) % 5 == 0 for i in range(300)]
    assert held_out_ceiling(keys, gold, 0.3) == held_out_ceiling(keys, gold, 0.3)
