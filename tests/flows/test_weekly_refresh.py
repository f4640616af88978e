"""The weekly-refresh flow on a real ephemeral Prefect API: sample runs, failures, re-runs."""

from __future__ import annotations

import json
import socket
from typing import TYPE_CHECKING, Any

import duckdb
import pytest

from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.sample import SAMPLE_ROOT, SAMPLE_SOURCES
from jobwatch.warehouse.models import CHECKS_DIR
from tests.flows.helpers import (
    WEEK1,
    WEEK2,
    boards,
    flow_run_of,
    open_by_board,
    recorded_jobs,
    refresh,
    refresh_state,
    report_of,
    table_counts,
    task_states,
)

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.usefixtures("prefect_harness")


def test_sample_week_completes_and_reports_the_stale_board(
    week1_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from prefect.settings import PREFECT_UI_URL

    state = refresh_state(week1_home, week=WEEK1, sample=True)
    summary = state.result()
    # Named after its week; the test harness is a Prefect server, so the run's page is given.
    run = flow_run_of(state)
    assert run.name == f"weekly-refresh-{WEEK1}"
    url = f"{PREFECT_UI_URL.value()}/runs/flow-run/{run.id}"
    assert summary["run"] == {"name": run.name, "url": url}
    assert f"run weekly-refresh-{WEEK1}: {url}" in capsys.readouterr().err
    (stale,) = summary["failed_boards"]
    assert stale["stale_slug"] is True
    assert stale["status"] == "failed"
    # One stale board is a failed board: its source's task and the run complete, and say so.
    assert summary["status"] == "completed with failed boards"
    assert summary["failed_sources"] == []
    assert state.name == "Completed with failed boards"
    assert state.message == f"completed with failed boards: greenhouse/{stale['board']}"
    (crawl_task,) = task_states(state, "crawl-")  # the sample's 11 boards fit one shard
    assert crawl_task[0].startswith("crawl-greenhouse")
    assert crawl_task[1:] == ("COMPLETED", "Completed with failed boards")
    loaded = open_by_board(week1_home, WEEK1)
    recorded = {b: recorded_jobs(WEEK1, b) for b in boards() if b != stale["board"]}
    assert loaded == recorded
    manifest = week1_home / "exports" / "_manifests" / f"week={WEEK1}.json"
    assert json.loads(manifest.read_text())["week"] == WEEK1
    report = report_of(state)
    assert report.startswith(f"# Weekly refresh, week of {WEEK1}: completed with failed boards")
    assert f"Failed or partial boards: greenhouse/{stale['board']}." in report
    assert f"| greenhouse | {stale['board']} | failed | 0 | 404×1 |" in report
    for board, n in recorded.items():
        assert f"| greenhouse | {board} | ok | {n} | 200×1 |" in report
    assert f"Postings crawled per source: greenhouse {sum(recorded.values())}." in report
    assert "is the first in the warehouse: every posting is new." in report
    checks = sorted(p.stem for p in CHECKS_DIR.glob("*.sql"))
    assert f"{len(checks)} passed: " + ", ".join(f"`{c}`" for c in checks) in report


def test_same_week_twice_gives_the_same_warehouse(home: Path) -> None:
    from jobwatch.reports.verdict import compare
    from jobwatch.warehouse.connect import connect_readonly

    def snapshot() -> tuple[dict[str, int], dict[str, Any]]:
        con = connect_readonly(home)
        try:
            return table_counts(home), compare(con, "AI/ML Engineer", "AI Software Engineer")
        finally:
            con.close()

    counts, figures = snapshot()
    refresh(home, week=WEEK1, sample=True)
    counts_again, figures_again = snapshot()
    assert figures_again == figures
    # Only the log of attempts grows (one row per board), and the build's copy of the lake, which
    # keeps every attempt as the raw lake does; every other table is unchanged.
    assert counts_again.pop("crawl_attempts") == counts.pop("crawl_attempts") + counts["crawl_runs"]
    grown = {t: counts_again.pop(t) - counts.pop(t) for t in list(counts) if t.startswith("lake_")}
    assert grown == {
        "lake_crawls": 1,
        "lake_runs": counts["crawl_runs"],
        "lake_board_files": len(boards()) - 1,  # the stale sample board wrote no file
        "lake_postings": sum(open_by_board(home, WEEK1).values()),
        "lake_quarantine": 0,
    }
    assert counts_again == counts


def test_failing_boards_are_reported_and_lose_nothing(home: Path) -> None:
    bad_500, bad_json, *good = [
        b for b in boards() if (SAMPLE_ROOT / "greenhouse" / f"week={WEEK2}" / f"{b}.json").exists()
    ]
    faults = {
        f"/v1/boards/{bad_500}/jobs": [{"status": 500, "repeat": True}],
        f"/v1/boards/{bad_json}/jobs": [{"body": '{"jobs": [{"id": 1,', "repeat": True}],
    }
    with ReplayServer(SAMPLE_ROOT, week=None, faults=faults) as server:
        summary = refresh(
            home, week=WEEK2, base_url=server.base_url, sources_file=str(SAMPLE_SOURCES)
        )
    assert summary["status"] == "completed with failed boards"
    failed = {run["board"]: run for run in summary["failed_boards"]}
    assert failed[bad_500]["status"] == "failed"
    assert "500" in failed[bad_500]["http_status"]
    assert failed[bad_json]["status"] == "failed"
    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        statuses = dict(
            con.execute(
                "select board, status from crawl_runs where week = ? and board in (?, ?)",
                [WEEK2, bad_500, bad_json],
            ).fetchall()
        )
    assert statuses == {bad_500: "failed", bad_json: "failed"}
    week1, week2 = open_by_board(home, WEEK1), open_by_board(home, WEEK2)
    # A failed crawl closes nothing: last week's open postings stay open.
    assert week2[bad_500] == week1[bad_500]
    assert week2[bad_json] == week1[bad_json]
    assert all(week2[b] == recorded_jobs(WEEK2, b) for b in good)


def test_unreachable_source_fails_its_boards_not_the_run(home: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed once the block ends: connection refused
    summary = refresh(
        home, week=WEEK2, base_url=f"http://127.0.0.1:{port}", sources_file=str(SAMPLE_SOURCES)
    )
    assert {run["board"] for run in summary["failed_boards"]} == set(boards())
    assert all(run["error"] for run in summary["failed_boards"])
    assert open_by_board(home, WEEK2) == open_by_board(home, WEEK1)


def count(home: Path, query: str, params: list[Any]) -> Any:
    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        return con.execute(query, params).fetchall()


def test_next_week_report_says_what_changed(home: Path) -> None:
    state = refresh_state(home, week=WEEK2, sample=True)
    report = report_of(state)
    (open_now, open_prev) = [
        len(count(home, "select 1 from posting_weeks where week = ?", [w])) for w in (WEEK2, WEEK1)
    ]
    delta = f"{open_now - open_prev:+,}"
    assert f"Open postings: {open_now:,} (week {WEEK1}: {open_prev:,}, {delta})." in report
    [(new, closed)] = count(
        home,
        "select count(*) filter (where first_seen = ?), count(*) filter (where closed_at = ?) "
        "from postings",
        [WEEK2, WEEK2],
    )
    assert new > 0
    assert closed > 0
    assert f"| greenhouse | {open_now} | {new} | {closed} |" in report
    moves = count(
        home,
        "select role, open_positions, open_positions_wow from mart_role_week where week = ? "
        "and open_positions_wow != 0 order by abs(open_positions_wow) desc, role limit 5",
        [WEEK2],
    )
    section = report.split("### Biggest moves in open positions")[1].split("###")[0]
    shown = [line for line in section.splitlines() if line.startswith("| ") and "---" not in line]
    assert shown[1:] == [f"| {role} | {n} | {wow:+,} |" for role, n, wow in moves]
    assert "### Biggest moves in median salary (annual USD)" in report


def test_a_source_that_fails_after_retries_does_not_fail_the_run(
    home: Path, tmp_path: Path
) -> None:
    sources = tmp_path / "sources.yaml"
    broken = '- {company: "Nowhere Inc", platform: nosuchats, board: nowhere}\n'
    sources.write_text(SAMPLE_SOURCES.read_text() + broken)
    with ReplayServer(SAMPLE_ROOT, week=None) as server:
        state = refresh_state(home, week=WEEK2, base_url=server.base_url, sources_file=str(sources))
    summary = state.result()
    assert state.name == "Completed with failed sources"
    stale = "greenhouse/driftwooddynamics"
    assert state.message == f"completed with failed sources: nosuchats; failed boards: {stale}"
    assert summary["failed_sources"] == ["nosuchats"]
    (crashed,) = [c for c in summary["crawls"] if c["source"] == "nosuchats"]
    assert crashed["status"] == "failed"
    assert "unknown source 'nosuchats'" in crashed["error"]
    # The other source still loaded its boards for the week.
    good = [b for b in boards() if b != "driftwooddynamics"]
    assert open_by_board(home, WEEK2) == {b: recorded_jobs(WEEK2, b) for b in good}
    assert "| nosuchats | (all) | failed | 0 |" in report_of(state)
