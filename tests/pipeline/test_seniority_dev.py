"""`jobwatch eval --only seniority_dev`: the hand-labelled dev postings outside the gold set."""

from __future__ import annotations

import json
from typing import Any

from click.testing import CliRunner

from jobwatch.cli import cli
from jobwatch.pipeline.evaluation.real_gold.rows import load_labels
from jobwatch.pipeline.evaluation.seniority_dev import labels
from tests.eval_data import EVAL_DATA


def test_labels_are_levels_of_postings_outside_the_gold_set() -> None:
    for dataset, levels in labels().items():
        assert set(levels.values()) <= {"entry", "mid", "senior", None}, dataset
        gold = {label["id"] for label in load_labels(dataset)}
        assert not set(levels) & gold, f"{dataset}: a gold posting is not outside the gold set"


def test_the_eval_prints_the_figure_over_every_labelled_posting() -> None:
    args = ["eval", "--only", "seniority_dev", "--json", "--data", str(EVAL_DATA)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    (evaluation,) = json.loads(result.output)["evaluations"]
    (measure,) = evaluation["measures"]
    assert measure["n"] == sum(len(levels) for levels in labels().values())
    assert measure["target"] is None  # a dev set's figure is reported, not held
    misses: list[dict[str, Any]] = evaluation["misses"]
    assert all(m["want"] != m["got"] for m in misses)
    assert round(measure["value"] * measure["n"]) + len(misses) == measure["n"]
