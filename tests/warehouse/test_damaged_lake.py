"""One damaged lake file never stops a build: it is quarantined with its path, the rest loads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.warehouse.conftest import query, run_build
from tests.warehouse.lakefix import W2, W4, posting, write_crawl
from tests.warehouse.scenarios import HISTORY_OPEN

if TYPE_CHECKING:
    from pathlib import Path


def _open(home: Path, week: object) -> set[str]:
    rows = query(home, f"select source_id from posting_weeks where week = '{week}'")
    return {sid for (sid,) in rows}


def _quarantine(home: Path) -> list[tuple[str, str]]:
    rows = query(home, "select path, reason from lake_quarantine order by all")
    return [(path.rsplit("/", 1)[-1], reason) for path, reason in rows]


def test_a_cut_raw_line_is_not_read_by_the_build(history_home: Path) -> None:
    board = next(history_home.glob("raw/source=lever/week=*/crawl=*/gamma.jsonl"))
    board.write_text(board.read_text() + '{"source": "lever", "title": "cut he')
    result = run_build(history_home)
    assert result.weeks[-1] == W4
    assert _open(history_home, W4) == HISTORY_OPEN[W4]
    # The raw lines stay in the lake; the view reads them when asked, skipping the cut line.
    crawl = board.parent.name.removeprefix("crawl=")
    sql = f"select count(*) from raw_postings where board = 'gamma' and crawl_id = '{crawl}'"
    (n,) = query(history_home, sql)[0]
    assert n == sum(1 for line in board.read_text().splitlines() if line.endswith("}"))


def test_a_runs_file_cut_mid_line_loses_only_that_board(tmp_path: Path) -> None:
    write_crawl(tmp_path, "greenhouse", W2, {"acme": ("ok", [posting("a1")])})
    cid = write_crawl(
        tmp_path,
        "greenhouse",
        W4,
        {"acme": ("ok", [posting("a2")]), "beta": ("ok", [posting("b1")])},
    )
    runs = next(tmp_path.glob(f"raw/source=greenhouse/week={W4}/crawl={cid}/_runs.jsonl"))
    first, second = runs.read_text().splitlines()
    runs.write_text(first + "\n" + second[: len(second) // 2])  # beta's row cut mid-line
    result = run_build(tmp_path)
    # acme's W4 crawl loads; beta's postings wait for a readable run row (nothing is closed).
    assert _open(tmp_path, W4) == {"a2"}
    assert sorted((q["reason"], q["path"].rsplit("/", 1)[-1]) for q in result.quarantined) == [
        ("malformed_json", "_runs.jsonl"),
        ("no_run_row", "_runs.jsonl"),
    ]
    assert _quarantine(tmp_path) == [
        ("_runs.jsonl", "malformed_json"),
        ("_runs.jsonl", "no_run_row"),
    ]
    # The next build does not read the crawl again, and still names the damage.
    again = run_build(tmp_path)
    assert (again.loaded, again.quarantined) == ([], [])
    assert len(_quarantine(tmp_path)) == 2


def test_a_truncated_parquet_sets_its_crawl_aside_until_it_is_rewritten(tmp_path: Path) -> None:
    write_crawl(tmp_path, "greenhouse", W2, {"acme": ("ok", [posting("a1"), posting("a2")])})
    write_crawl(tmp_path, "greenhouse", W4, {"acme": ("ok", [posting("a1")])})
    write_crawl(tmp_path, "lever", W4, {"gamma": ("ok", [posting("g1")])})
    part = next(tmp_path.glob(f"normalized/*/source=greenhouse/week={W4}/crawl=*/postings.parquet"))
    good = part.read_bytes()
    part.write_bytes(good[: len(good) // 2])
    result = run_build(tmp_path)
    # greenhouse's W4 crawl is set aside: acme carries W2 forward (a2 is not closed); lever loads.
    assert _open(tmp_path, W4) == {"a1", "a2", "g1"}
    assert [(q["reason"], q["path"]) for q in result.quarantined] == [
        ("unreadable_parquet", str(part))
    ]
    assert _quarantine(tmp_path) == [("postings.parquet", "unreadable_parquet")]
    part.write_bytes(good)  # repaired, as `jobwatch normalize --force` would
    repaired = run_build(tmp_path)
    assert repaired.quarantined == []
    assert _open(tmp_path, W4) == {"a1", "g1"}
    assert _quarantine(tmp_path) == []
