"""The evaluation library and `jobwatch eval`: measures, generated set, CLI output and errors."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from jobwatch.cli import cli
from jobwatch.pipeline.evaluation import gold_set, real_gold
from jobwatch.pipeline.evaluation.gold import build
from jobwatch.pipeline.evaluation.gold_set import GOLD_FILE, load
from jobwatch.pipeline.evaluation.measures import DatasetResult, Measure, f1
from jobwatch.pipeline.evaluation.real_gold.rows import DEV, half
from jobwatch.pipeline.evaluation.run import Target, _target
from jobwatch.pipeline.evaluation.skills_skillspan import gold_spans
from tests.eval_data import EVAL_DATA

# The generated set is a regression fixture: each classifier keeps at least this accuracy on it.
GENERATED_FLOORS = {
    "generated.role": 0.95,
    "generated.seniority": 0.95,
    "generated.salary": 0.97,
    "generated.work_mode": 0.97,
    "generated.country": 0.97,
    "generated.metro": 0.95,
    "generated.skills_precision": 0.90,
    "generated.skills_recall": 0.80,
}


def test_generated_file_is_what_the_builder_writes_and_is_large_enough() -> None:
    assert load(GOLD_FILE) == build.build()
    posts = load(GOLD_FILE)
    assert len(posts) >= 300
    assert len({p["id"] for p in posts}) == len(posts)
    labels = posts[0]["labels"]
    assert set(labels) == {"role", "seniority", "skills", "salary", "work_mode", "country", "metro"}


@pytest.fixture(scope="module")
def generated() -> dict[str, Measure]:
    return {m.key: m for m in gold_set.evaluate().measures}


@pytest.mark.parametrize(("key", "floor"), sorted(GENERATED_FLOORS.items()))
def test_generated_set_regression(generated: dict[str, Measure], key: str, floor: float) -> None:
    m = generated[key]
    assert m.value is not None
    assert m.value >= floor, f"{key} = {m.value} < {floor} (n={m.n})"


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["O", "B", "I", "O", "B"], [(1, 2), (4, 4)]),
        (["I", "I", "O"], [(0, 1)]),  # a span that starts with I (annotation slip) still counts
        (["B", "B", "I"], [(0, 0), (1, 2)]),
        (["O", "O"], []),
    ],
)
def test_bio_spans(tags: list[str], spans: list[tuple[int, int]]) -> None:
    assert gold_spans(tags) == spans


def test_measure_without_data_fails_and_f1() -> None:
    assert not Measure("k", "l", None, 0, "d", target=0.5).passed
    assert Measure("k", "l", 0.5, 10, "d", target=0.5).passed
    assert Measure("k", "l", 0.1, 10, "d").passed  # no target: reported only
    assert f1(0.5, 1.0) == pytest.approx(2 / 3)
    assert f1(None, 0.5) is None


def test_cli_json_gold_set_has_every_field_with_test_half() -> None:
    args = ["eval", "--only", "gold", "--json", "--data", str(EVAL_DATA)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    (gold,) = json.loads(result.output)["evaluations"]
    assert gold["rows"] == 200 + 120 + 26 + 191  # labelled postings (HN: 80 comments)
    measures = {m["key"]: m for m in gold["measures"]}
    fields = ("role", "seniority", "salary", "work_mode", "country", "metro", "skills_recall")
    assert {f"gold.{f}" for f in fields} <= set(measures)
    for m in measures.values():
        assert m["definition"]
        assert "passed" in m
        assert 0 < m["test_n"] < m["n"], m["key"]  # the test half is a part of the whole


def test_cli_table_prints_definitions_and_misses() -> None:
    args = ["eval", "--only", "gold", "--data", str(EVAL_DATA), "--misses", "3"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "seniority accuracy" in result.output
    assert "test half" in result.output
    assert "real_gold/README.md" in result.output
    assert result.output.count("miss: {'field': 'seniority'") == 3


def test_misses_come_from_the_dev_half_only() -> None:
    result = real_gold.evaluate(EVAL_DATA)
    assert result.misses
    assert {half(m["dataset"], m["id"]) for m in result.misses} == {DEV}


def test_data_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOBWATCH_EVAL_DATA", str(EVAL_DATA))
    result = CliRunner().invoke(cli, ["eval", "--only", "role", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["data"] == str(EVAL_DATA)


def test_no_data_is_one_line_naming_the_datasets(monkeypatch, capsys) -> None:
    from jobwatch.cli import main

    monkeypatch.delenv("JOBWATCH_EVAL_DATA", raising=False)
    assert main(["eval", "--only", "gold"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "--data" in err
    assert "hn-whoishiring" in err
    assert "ats-api-fixtures" in err


def test_missing_data_folder_is_one_clear_line(tmp_path, capsys) -> None:
    from jobwatch.cli import main

    (tmp_path / "adzuna-uk-salary").mkdir()
    assert main(["eval", "--only", "salary", "--only", "skills", "--data", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "skillspan" in err
    assert "adzuna" not in err


def test_check_exits_non_zero_when_a_target_is_missed(monkeypatch) -> None:
    from jobwatch.pipeline.evaluation import run

    monkeypatch.setattr(run, "targets", lambda: {"role.rows": run.Target(1.01)})
    args = ["eval", "--only", "role", "--data", str(EVAL_DATA)]
    result = CliRunner().invoke(cli, [*args, "--check"])
    assert result.exit_code == 1
    assert "below target" in result.output
    without = CliRunner().invoke(cli, args)
    assert without.exit_code == 0


@pytest.mark.parametrize(
    ("written", "target"),
    [
        (0.9, Target(0.9)),
        (
            ">= seniority_posters.arshkon.baseline_senior_precision",
            Target(None, "seniority_posters.arshkon.baseline_senior_precision", strict=False),
        ),
        ("> a.baseline", Target(None, "a.baseline", strict=True)),
    ],
)
def test_a_target_is_a_minimum_or_another_measure(written: object, target: Target) -> None:
    assert _target(written) == target


def test_a_target_written_otherwise_is_refused() -> None:
    with pytest.raises(ValueError, match="a number, '>= KEY' or '> KEY'"):
        _target("at least the baseline")


@pytest.mark.parametrize(
    ("goal", "baseline", "value", "passed"),
    [
        (">= x.base", 0.8, 0.8, True),  # at least: equal passes
        ("> x.base", 0.8, 0.8, False),  # above: equal fails
        ("> x.base", 0.8, 0.81, True),
        (">= x.base", None, 0.9, False),  # no baseline to compare with is never a pass
    ],
)
def test_a_relative_target_takes_the_baseline_of_the_same_evaluation(
    monkeypatch: pytest.MonkeyPatch, goal: str, baseline: float | None, value: float, passed: bool
) -> None:
    from jobwatch.pipeline.evaluation import run

    monkeypatch.setattr(run, "targets", lambda: {"x.ours": _target(goal)})
    result = DatasetResult(
        "seniority",
        "d",
        10,
        [Measure("x.base", "b", baseline, 10, "d"), Measure("x.ours", "o", value, 10, "d")],
    )
    held = {m.key: m for m in run._with_targets(result).measures}["x.ours"]
    assert held.passed is passed
    assert held.target_of == "x.base"
