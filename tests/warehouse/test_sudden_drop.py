"""A board whose count falls to zero or below 30% of its recent median is partial and closes
nothing until a second crawl confirms it; both the incremental and the full build say so."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.warehouse.conftest import query, run_build
from tests.warehouse.lakefix import W1, W2, W3, W4, posting, write_crawl

if TYPE_CHECKING:
    from pathlib import Path

TEN = [posting(f"b{i}") for i in range(10)]
ACME = [posting(f"a{i}") for i in range(5)]


def _lake(home: Path, *, build_each_week: bool = False) -> None:
    """acme: 5, 5, 0 (drop), 0 (confirmed)  | beta: 10, 2 (drop), 10 (back), 10
    gamma: 4, 2 (half: no drop), 2, 2        | delta: 0 (first crawl), 3, 3, 3"""
    gamma = [posting(f"g{i}") for i in range(4)]
    delta = [posting(f"d{i}") for i in range(3)]
    weeks = {
        W1: {"acme": ACME, "beta": TEN, "gamma": gamma, "delta": []},
        W2: {"acme": ACME, "beta": TEN[:2], "gamma": gamma[:2], "delta": delta},
        W3: {"acme": [], "beta": TEN, "gamma": gamma[:2], "delta": delta},
        W4: {"acme": [], "beta": TEN, "gamma": gamma[:2], "delta": delta},
    }
    for week, boards in weeks.items():
        write_crawl(home, "greenhouse", week, {b: ("ok", jobs) for b, jobs in boards.items()})
        if build_each_week:
            run_build(home)


def _statuses(home: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    rows = query(home, "select board, week, status, sudden_drop from crawl_runs")
    return {(board, str(week)): (status, drop) for board, week, status, drop in rows}


def _open(home: Path, board: str) -> dict[str, int]:
    rows = query(
        home,
        "select w.week, count(*) from posting_weeks w join postings p using (posting_id)"
        f" where p.board = '{board}' group by 1",
    )
    return {str(week): n for week, n in rows}


def test_a_sudden_drop_closes_nothing_until_the_next_crawl_confirms_it(tmp_path: Path) -> None:
    _lake(tmp_path)
    run_build(tmp_path)
    status = _statuses(tmp_path)
    assert status[("acme", str(W3))] == ("partial", True)
    assert status[("acme", str(W4))] == ("ok", False)  # the second empty crawl confirms it
    assert _open(tmp_path, "acme") == {str(W1): 5, str(W2): 5, str(W3): 5}
    closed = query(tmp_path, "select distinct closed_at from postings where board = 'acme'")
    assert closed == [(W4,)]
    (error,) = query(
        tmp_path, f"select error from crawl_runs where board = 'acme' and week = '{W3}'"
    )[0]
    assert error.startswith("sudden drop: 0 postings against a recent median of 5;")


def test_a_drop_that_recovers_closes_nothing_and_ordinary_changes_still_close(
    tmp_path: Path,
) -> None:
    _lake(tmp_path)
    run_build(tmp_path)
    status = _statuses(tmp_path)
    assert status[("beta", str(W2))] == ("partial", True)  # 2 of a median of 10
    assert _open(tmp_path, "beta") == {str(w): 10 for w in (W1, W2, W3, W4)}
    assert status[("gamma", str(W2))] == ("ok", False)  # half of 4 is a change, not a drop
    assert _open(tmp_path, "gamma") == {str(W1): 4, str(W2): 2, str(W3): 2, str(W4): 2}
    assert status[("delta", str(W1))] == ("ok", False)  # an empty first crawl has no median
    weeks = query(tmp_path, f"select boards_partial from weeks where week = '{W2}'")
    assert weeks == [(1,)]


def test_the_incremental_build_applies_the_rule_as_the_full_build_does(tmp_path: Path) -> None:
    _lake(tmp_path, build_each_week=True)  # the drop and its confirmation arrive incrementally
    tables = {
        "crawl_runs": "select * exclude (started_at, finished_at) from crawl_runs",
        "posting_weeks": "select * from posting_weeks",
        "postings": "select posting_id, first_seen, last_seen, closed_at, is_open from postings",
    }
    incremental = {name: sorted(query(tmp_path, sql)) for name, sql in tables.items()}
    assert ("acme", True) in {(r[2], r[-2]) for r in incremental["crawl_runs"]}
    run_build(tmp_path, full=True)
    assert {name: sorted(query(tmp_path, sql)) for name, sql in tables.items()} == incremental
