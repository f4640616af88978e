"""Seniority against the poster's LinkedIn level: the baseline rule, the level mapping, the
relative targets on the real rows."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner

from jobwatch.cli import cli
from jobwatch.pipeline.evaluation import linkedin_text, seniority_posters
from jobwatch.pipeline.evaluation.seniority_disagreements import disagreements
from jobwatch.pipeline.evaluation.seniority_posters import baseline
from tests.eval_data import EVAL_DATA


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Senior Data Engineer", "senior"),
        ("Sr. Analyst", "senior"),
        ("Associate Director, Analytics", "senior"),  # the senior words first
        ("Head of Growth", "senior"),
        ("Store Manager", "senior"),
        ("Junior Developer", "entry"),
        ("Graduate Software Engineer", "entry"),
        ("Sales Associate", "entry"),
        ("Software Engineer II", None),  # the plain rule reads no numerals
        ("Leadership Coach", None),  # whole words only
        ("Internal Auditor", None),
    ],
)
def test_the_baseline_is_the_plain_level_word_rule(title: str, level: str | None) -> None:
    assert baseline(title) == level


def test_every_level_in_the_data_is_mapped_or_left_out() -> None:
    for dataset in seniority_posters.LEVEL:
        rows = seniority_posters.labelled_rows(EVAL_DATA, dataset)
        assert rows, dataset
        mapped = seniority_posters.SENIOR_LEVELS | seniority_posters.ENTRY_LEVELS
        assert {level for _, level in rows} <= mapped | seniority_posters.OTHER_LEVELS


@pytest.fixture(scope="module")
def posters() -> dict[str, Any]:
    """`jobwatch eval --only seniority_posters --json`, as a user runs it."""
    args = ["eval", "--only", "seniority_posters", "--json", "--data", str(EVAL_DATA)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    evaluations: list[dict[str, Any]] = json.loads(result.output)["evaluations"]
    (evaluation,) = evaluations
    return evaluation


def test_the_measure_prints_the_baseline_beside_jobwatch_with_relative_targets(
    posters: dict[str, Any],
) -> None:
    measures = {m["key"]: m for m in posters["measures"]}
    for short, rows in (("arshkon", 189), ("brightdata", 339)):
        senior = measures[f"seniority_posters.{short}.senior_precision"]
        base = measures[f"seniority_posters.{short}.baseline_senior_precision"]
        assert senior["target"] == base["value"]
        assert senior["target_of"] == base["key"]
        assert not senior["strict"]
        recall = measures[f"seniority_posters.{short}.entry_recall"]
        assert recall["strict"]
        assert recall["n"] + measures[f"seniority_posters.{short}.senior_recall"]["n"] <= rows
    assert posters["rows"] == 189 + 339


def test_every_listed_disagreement_is_a_real_row_whose_own_words_contradict_its_level() -> None:
    listed = disagreements()
    assert set(listed) <= set(seniority_posters.LEVEL)
    for dataset, rows in listed.items():
        columns = linkedin_text.COLUMNS[dataset]
        by_id = {
            linkedin_text.row_id(dataset, row): (row, level)
            for row, level in seniority_posters.labelled_rows(EVAL_DATA, dataset)
        }
        for row_id, entry in rows.items():
            row, level = by_id[row_id]
            assert entry["poster"] == level, row_id
            words = " ".join(f"{row[columns[1]]} {row[columns[4]]}".split())
            assert entry["quote"] in words, row_id
            if level in seniority_posters.ENTRY_LEVELS:
                assert entry["states"] in {"mid", "senior"}, row_id
            else:  # Associate is never listed: it sits between the two
                assert level in seniority_posters.SENIOR_LEVELS, row_id
                assert entry["states"] == "entry", row_id


def test_listed_rows_leave_every_rule_and_the_all_rows_figures_keep_them(
    posters: dict[str, Any],
) -> None:
    measures = {m["key"]: m for m in posters["measures"]}
    for dataset, short in seniority_posters.SHORT.items():
        levels = [level for _, level in seniority_posters.labelled_rows(EVAL_DATA, dataset)]
        ranked = sum(level not in seniority_posters.OTHER_LEVELS for level in levels)
        kept = sum(
            measures[f"seniority_posters.{short}.{prefix}{level}_recall"]["n"]
            for prefix in ("", "baseline_")
            for level in ("senior", "entry")
        )
        # Each listed row leaves the senior or entry rows of jobwatch and of the baseline alike.
        assert kept == 2 * (ranked - len(disagreements()[dataset]))
        every = measures[f"seniority_posters.{short}.all_rows.senior_precision"]
        assert every["target"] is None
        assert every["n"] >= measures[f"seniority_posters.{short}.senior_precision"]["n"]
