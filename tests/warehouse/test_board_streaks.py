"""How many of a board's latest crawled weeks in a row failed, and since when."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jobwatch.warehouse.board_streaks import board_streaks
from tests.warehouse.conftest import run_build
from tests.warehouse.lakefix import W1, W2, W3, W4, posting, write_crawl

if TYPE_CHECKING:
    from pathlib import Path


def test_failing_streaks_count_the_latest_weeks_in_a_row(tmp_path: Path) -> None:
    one = [posting("x1")]
    statuses = {
        W1: {"down": "ok", "flaky": "failed", "fine": "ok"},
        W2: {"down": "failed", "flaky": "ok", "fine": "ok"},
        W3: {"down": "failed", "flaky": "failed", "fine": "ok"},
        W4: {"down": "failed", "flaky": "failed", "fine": "partial"},
    }
    for week, boards in statuses.items():
        jobs = {b: (s, one if s != "failed" else []) for b, s in boards.items()}
        write_crawl(tmp_path, "greenhouse", week, jobs)
    run_build(tmp_path)
    streaks = board_streaks(tmp_path)
    got = {b: (s["failing_weeks"], s["failing_since"]) for (_, b), s in streaks.items()}
    assert got == {"down": (3, str(W2)), "flaky": (2, str(W3)), "fine": (0, None)}
    assert streaks[("greenhouse", "down")]["error"] == "failed on purpose"
    assert streaks[("greenhouse", "fine")]["last_status"] == "partial"


def test_no_warehouse_no_streaks(tmp_path: Path) -> None:
    assert board_streaks(tmp_path) == {}
