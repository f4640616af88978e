"""`jobwatch eval --check` in CI: every measure on the real eval data meets its target."""

from __future__ import annotations

import pytest

from pipeline.evaluation import default_data_dir, evaluate
from pipeline.evaluation.run import targets


@pytest.fixture(scope="module")
def results():
    data = default_data_dir()
    # No skip: CI has the eval data beside the repo; without it this must fail, saying where.
    assert data.is_dir(), f"evaluation data missing at {data} (expected <repo>/../shared/eval)"
    return evaluate(data)


def test_every_target_has_a_measure(results) -> None:
    measured = {m.key for r in results for m in r.measures}
    assert set(targets()) <= measured, set(targets()) - measured


def test_every_measure_meets_its_target(results) -> None:
    below = [
        f"{m.key} = {m.value} < {m.target} (n={m.n})"
        for r in results
        for m in r.measures
        if not m.passed
    ]
    assert not below, "below target: " + "; ".join(below)
