"""The evaluation library and `jobwatch eval`: measures, gold set, CLI output and errors."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from jobwatch.cli import cli
from jobwatch.pipeline.evaluation.gold import build
from jobwatch.pipeline.evaluation.gold_set import GOLD_FILE, load
from jobwatch.pipeline.evaluation.measures import Measure, f1
from jobwatch.pipeline.evaluation.skills_skillspan import gold_spans


def test_gold_file_is_what_the_builder_writes_and_is_large_enough() -> None:
    assert load(GOLD_FILE) == build.build()
    posts = load(GOLD_FILE)
    assert len(posts) >= 300
    assert len({p["id"] for p in posts}) == len(posts)
    labels = posts[0]["labels"]
    assert set(labels) == {"role", "seniority", "skills", "salary", "work_mode", "country", "metro"}


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


def test_cli_json_gold_only_without_data() -> None:
    result = CliRunner().invoke(cli, ["eval", "--only", "gold", "--json", "--data", "/nonexistent"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    (gold,) = data["evaluations"]
    assert gold["rows"] >= 300
    keys = {m["key"] for m in gold["measures"]}
    assert {"gold.role", "gold.salary", "gold.metro", "gold.skills_recall"} <= keys
    assert all("definition" in m and "passed" in m for m in gold["measures"])


def test_cli_table_prints_definitions() -> None:
    result = CliRunner().invoke(cli, ["eval", "--only", "gold"])
    assert result.exit_code == 0, result.output
    assert "postings whose prediction equals the label" in result.output
    assert "labeling rules" in result.output or "README.md" in result.output


def test_missing_data_folder_is_one_clear_line(tmp_path) -> None:
    from jobwatch.cli import main

    assert main(["eval", "--only", "salary", "--data", str(tmp_path / "nope")]) == 2


def test_check_exits_non_zero_when_a_target_is_missed(monkeypatch) -> None:
    from jobwatch.pipeline.evaluation import run

    monkeypatch.setattr(run, "targets", lambda: {"gold.role": 1.01})
    result = CliRunner().invoke(cli, ["eval", "--only", "gold", "--check"])
    assert result.exit_code == 1
    assert "below target" in result.output
    without = CliRunner().invoke(cli, ["eval", "--only", "gold"])
    assert without.exit_code == 0
