"""A board token with `/` (Workday's tenant/site) is one percent-encoded lake file and the same
board again in the warehouse: its run row, its postings and its raw lines line up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.run import crawl_in_subprocess
from jobwatch.pipeline.lake import normalize_lake
from jobwatch.warehouse.build import build
from jobwatch.warehouse.connect import connect_readonly
from tests.crawlers.conftest import FAST, WEEK
from tests.crawlers.test_workday import RECORDINGS

if TYPE_CHECKING:
    from pathlib import Path


def test_a_tenant_site_board_keeps_its_name_from_lake_to_warehouse(tmp_path: Path) -> None:
    recording, home = RECORDINGS["workday"], tmp_path / "home"
    with ReplayServer(recording.write(tmp_path / "rec", "workday"), week=WEEK) as srv:
        result = crawl_in_subprocess(
            "workday",
            [recording.board],
            week=WEEK,
            base_url=srv.base_url,
            home=home,
            settings=FAST,
        )
    assert result.crawl_dir is not None
    assert [p.name for p in result.crawl_dir.glob("*.jsonl") if not p.name.startswith("_")] == [
        "acme%2FExternal_Careers.jsonl"
    ]
    normalize_lake(home)
    built = build(home)
    assert built.quarantined == []  # no board file without its run row
    con = connect_readonly(home)
    try:
        runs = con.execute("select board, status, items from crawl_runs").fetchall()
        boards = con.execute("select distinct board from postings").fetchall()
        raw = con.execute("select distinct board from raw_postings").fetchall()
    finally:
        con.close()
    assert runs == [(recording.board, "ok", 2)]
    assert boards == raw == [(recording.board,)]
