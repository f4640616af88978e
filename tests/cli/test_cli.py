"""The CLI as a user meets it: help with examples, one-line errors, answers from the warehouse."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from jobwatch.cli import cli
from tests.conftest import SAMPLE_WEEKS, SEED_PAIRS, jobwatch_cli

COMMANDS = sorted(cli.commands)


def test_every_command_is_listed_in_help() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in ("crawl", "normalize", "refresh", "stats", "compare", "sql", "export"):
        assert name in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"jobwatch {command}" in result.output
    assert "seed" not in result.output.lower()  # a user never saw the project's seed pages


def test_query_without_a_warehouse_is_one_clear_line(tmp_path: Path) -> None:
    proc = jobwatch_cli(tmp_path, "sql", "select 1", check=False)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error:")
    assert "jobwatch refresh" in lines[0]
    assert "Traceback" not in proc.stderr


def test_debug_shows_the_full_trace(tmp_path: Path) -> None:
    proc = jobwatch_cli(tmp_path, "--debug", "sql", "select 1", check=False)
    assert proc.returncode == 2
    assert "Traceback" in proc.stderr


def test_bad_week_is_rejected_before_any_work(tmp_path: Path) -> None:
    proc = jobwatch_cli(tmp_path, "refresh", "--sample", "--week", "2026-13-45", check=False)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "raw").exists()


def test_sql_answers_from_the_warehouse(sample_home: dict) -> None:
    home = sample_home["home"]
    proc = jobwatch_cli(
        home, "sql", "select role, count(*) as n from postings group by 1", "--json"
    )
    data = json.loads(proc.stdout)
    assert data["columns"] == ["role", "n"]
    rows = {r["role"]: r["n"] for r in data["rows"]}
    assert rows["AI/ML Engineer"] > rows["AI Software Engineer"] > 0
    table = jobwatch_cli(home, "sql", "select role, count(*) from postings group by 1", "--table")
    assert "AI/ML Engineer" in table.stdout
    assert "rows)" in table.stdout


def test_sql_is_read_only(sample_home: dict) -> None:
    proc = jobwatch_cli(sample_home["home"], "sql", "drop table postings", check=False)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    still = jobwatch_cli(sample_home["home"], "sql", "select count(*) from postings", "--csv")
    assert int(still.stdout.splitlines()[1]) > 0


def test_sql_csv_output(sample_home: dict) -> None:
    proc = jobwatch_cli(sample_home["home"], "sql", "select 1 as a, 'x,y' as b", "--csv")
    assert proc.stdout.splitlines() == ["a,b", '1,"x,y"']


@pytest.mark.parametrize(("role_a", "role_b"), SEED_PAIRS)
def test_compare_prints_the_side_by_side_table(sample_home: dict, role_a: str, role_b: str) -> None:
    out = jobwatch_cli(sample_home["home"], "compare", role_a, role_b).stdout
    for dimension in (
        "Open positions",
        "Avg salary range",
        "Median salary",
        "75th percentile",
        "Remote %",
        "Experience mix",
        "Top skill",
        "Quick verdict",
    ):
        assert dimension in out
    assert role_a in out
    assert role_b in out


def test_compare_json_and_table_agree(sample_home: dict) -> None:
    home = sample_home["home"]
    data = json.loads(jobwatch_cli(home, "compare", *SEED_PAIRS[0], "--json").stdout)
    table = jobwatch_cli(home, "compare", *SEED_PAIRS[0]).stdout
    a = data["roles"][SEED_PAIRS[0][0]]
    assert f"{a['open_positions']:,}" in table
    assert f"${a['salary_median'] / 1000:,.0f}K" in table


def test_unknown_role_is_a_clear_error(sample_home: dict) -> None:
    proc = jobwatch_cli(sample_home["home"], "compare", "Astronaut", "AI/ML Engineer", check=False)
    assert proc.returncode == 2
    assert "Astronaut" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_stats_lists_roles_with_their_n(sample_home: dict) -> None:
    data = json.loads(jobwatch_cli(sample_home["home"], "stats", "--json").stdout)
    assert data["schema_version"] == 1
    rows = data["roles"]
    by_role = {r["role"]: r for r in rows}
    assert {"AI/ML Engineer", "AI Software Engineer", "MLOps Engineer"} <= set(by_role)
    assert all(r["open_positions"] > 0 for r in rows)
    assert sum(r["share_of_tracked"] for r in rows) == pytest.approx(100.0)


def test_export_to_another_directory(sample_home: dict, tmp_path: Path) -> None:
    jobwatch_cli(sample_home["home"], "export", "--week", "2026-11-09", "--to", str(tmp_path))
    manifest = json.loads((tmp_path / "_manifests" / "week=2026-11-09.json").read_text())
    assert manifest["row_counts"]["postings"] > 0
    assert (tmp_path / "postings" / "week=2026-11-09" / "part-0.parquet").is_file()


def test_the_readme_artifact_command_shows_the_run_report(sample_home: dict) -> None:
    """README: `PREFECT_HOME=data/prefect PREFECT_SERVER_ANALYTICS_ENABLED=false .venv/bin/prefect
    artifact inspect weekly-refresh-report` after `make demo`, on the ephemeral API."""
    home, summaries = sample_home["home"], sample_home["summaries"]
    for week in SAMPLE_WEEKS:  # no server: the run is named, but has no page to visit
        assert summaries[week]["run"] == {"name": f"weekly-refresh-{week}", "url": None}
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env |= {"PREFECT_HOME": str(home / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    # A loaded test machine starts the ephemeral API slower than Prefect's 20 s default; a wide
    # terminal keeps the printed report's lines whole.
    env |= {"PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180", "COLUMNS": "400"}
    prefect = Path(sys.executable).with_name("prefect")
    argv = [str(prefect), "artifact", "inspect", "weekly-refresh-report"]
    proc = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=400, cwd=home)
    assert proc.returncode == 0, proc.stderr
    assert f"# Weekly refresh, week of {SAMPLE_WEEKS[-1]}: completed with failed boards" in (
        proc.stdout
    )
    assert "Failed or partial boards: greenhouse/driftwooddynamics." in proc.stdout


def _crawl_log(home: Path, summary: dict) -> str:
    (crawl,) = summary["crawls"]
    return (home / "logs" / f"crawl-{crawl['crawl_id']}.log").read_text(encoding="utf-8")


def test_refresh_set_passes_scrapy_settings_to_every_crawl(sample_home: dict) -> None:
    # The fixture crawled week 2 with --set DOWNLOAD_DELAY=0 --set AUTOTHROTTLE_ENABLED=False.
    home, summaries = sample_home["home"], sample_home["summaries"]
    week1, week2 = (_crawl_log(home, summaries[w]) for w in SAMPLE_WEEKS)
    assert "'DOWNLOAD_DELAY': '0'" in week2
    assert "'AUTOTHROTTLE_ENABLED': 'False'" in week2
    assert "AutoThrottle" not in week2.split("Enabled extensions", 1)[1].split("]", 1)[0]
    # Without --set the shipped politeness holds.
    assert "'DOWNLOAD_DELAY': 0.25" in week1
    assert "AutoThrottle" in week1.split("Enabled extensions", 1)[1].split("]", 1)[0]


@pytest.mark.parametrize("bad", ["DOWNLOAD_DELAY", "=0", "NOT A NAME=1"])
def test_refresh_set_needs_name_equals_value(tmp_path: Path, bad: str) -> None:
    proc = jobwatch_cli(tmp_path, "refresh", "--sample", "--set", bad, check=False)
    assert proc.returncode == 2
    assert "NAME=VALUE" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "raw").exists()
