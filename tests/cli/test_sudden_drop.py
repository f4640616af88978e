"""A board that answers 200 with no postings after a week with some closes nothing until a second
crawl confirms it: three refreshes through the CLI against a loopback replay (issue 15.2)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from typing import TYPE_CHECKING

import duckdb

from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.sample import SAMPLE_ROOT
from jobwatch.flows.report import run_report
from tests.conftest import UNTHROTTLED, jobwatch_cli

if TYPE_CHECKING:
    from pathlib import Path

FULL, EMPTY, AGAIN = "2026-11-09", "2026-11-16", "2026-11-23"
STEADY, DROPPED = "northwindai", "halcyonledger"


def _replay(root: Path) -> int:
    """Both boards in full the first week; the second week DROPPED answers `{"jobs": []}`."""
    recorded = SAMPLE_ROOT / "greenhouse" / f"week={FULL}"
    for week in (FULL, EMPTY):
        folder = root / "greenhouse" / f"week={week}"
        folder.mkdir(parents=True)
        shutil.copy(recorded / f"{STEADY}.json", folder)
        shutil.copy(recorded / f"{DROPPED}.json", folder)
    (root / "greenhouse" / f"week={EMPTY}" / f"{DROPPED}.json").write_text(
        json.dumps({"jobs": [], "meta": {"total": 0}})
    )
    return len(json.loads((recorded / f"{DROPPED}.json").read_text())["jobs"])


def _open(home: Path, week: str) -> int:
    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        row = con.execute(
            "select count(*) from posting_weeks w join postings p using (posting_id)"
            " where p.board = ? and w.week = ?",
            [DROPPED, week],
        ).fetchone()
    return int(row[0]) if row else 0


def test_an_empty_answer_closes_nothing_until_a_second_crawl_confirms_it(tmp_path: Path) -> None:
    jobs = _replay(tmp_path / "replay")
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        f"- {{company: Northwind AI, platform: greenhouse, board: {STEADY}}}\n"
        f"- {{company: Halcyon Ledger, platform: greenhouse, board: {DROPPED}}}\n"
    )
    home = tmp_path / "home"
    summaries, texts = {}, {}
    for week in (FULL, EMPTY, AGAIN):  # the replay answers each week's latest recording
        with ReplayServer(tmp_path / "replay", week=dt.date.fromisoformat(week)) as srv:
            args = ("--week", week, "--base-url", srv.base_url, "--sources-file", str(sources))
            summaries[week] = json.loads(
                jobwatch_cli(home, "refresh", *args, *UNTHROTTLED, "--json").stdout
            )
        texts[week] = _open(home, week)
    dropped = summaries[EMPTY]
    assert dropped["status"] == "completed with failed boards"
    assert [(r["board"], r["status"]) for r in dropped["failed_boards"]] == [(DROPPED, "partial")]
    assert dropped["failed_boards"][0]["error"].startswith(
        f"sudden drop: 0 postings against a recent median of {jobs};"
    )
    assert [(d["board"], d["items"]) for d in dropped["sudden_drops"]] == [(DROPPED, 0)]
    named = f"greenhouse/{DROPPED} (0 postings, median {jobs})"
    assert f"confirms them: {named}." in run_report(dropped, None)  # the run's report
    assert texts == {FULL: jobs, EMPTY: jobs, AGAIN: 0}  # open until the drop is confirmed
    confirmed = summaries[AGAIN]
    assert confirmed["status"] == "completed"
    assert confirmed["sudden_drops"] == []
    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        closed = con.execute(
            "select distinct closed_at::VARCHAR from postings where board = ?", [DROPPED]
        ).fetchall()
    assert closed == [(AGAIN,)]
