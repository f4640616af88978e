"""`jobwatch eval --check` in CI: every measure on the real eval data meets its target."""

from __future__ import annotations

import pytest

from jobwatch.pipeline.evaluation import evaluate
from jobwatch.pipeline.evaluation.run import targets
from tests.eval_data import EVAL_DATA

# Targets not met yet, tracked as open work on issue 12 (not lowered, not skipped): strict xfail
# with the measured figure, so the day one reaches its target this test fails until its line here
# is removed (pipeline/evaluation/README.md, "Adding a measure").
KNOWN_BELOW = {
    "gold.skills_recall": "0.870 < 0.90 (n=1,801 labelled pairs; at most 0.918 with the taxonomy)",
}


@pytest.fixture(scope="module")
def measures():
    # No skip: CI has the eval data beside the repo; without it this must fail, saying where.
    assert EVAL_DATA.is_dir(), f"evaluation data missing at {EVAL_DATA} (<repo>/../shared/eval)"
    return {m.key: m for r in evaluate(EVAL_DATA) for m in r.measures}


def test_every_target_has_a_measure(measures) -> None:
    assert set(targets()) <= set(measures), set(targets()) - set(measures)


def test_known_below_names_only_targets() -> None:
    assert set(KNOWN_BELOW) <= set(targets()), set(KNOWN_BELOW) - set(targets())


@pytest.mark.parametrize(
    "key",
    [
        pytest.param(key, marks=pytest.mark.xfail(strict=True, reason=KNOWN_BELOW[key]))
        if key in KNOWN_BELOW
        else key
        for key in sorted(targets())
    ],
)
def test_measure_meets_its_target(measures, key: str) -> None:
    m = measures[key]
    assert m.passed, f"{key} = {m.value} < {m.target} (n={m.n})"
