"""Boards found in crawled text: apply URLs, descriptions, HN comments, archived pages; with
trap addresses that name no board (marketing pages, reserved names, a bare host)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from jobwatch.crawlers.discover import new_candidates, registry_row, scan

if TYPE_CHECKING:
    from pathlib import Path

WEEK = "2026-11-16"
HN_TEXT = (
    "Northstar | ML Engineer | Remote<p>Apply: https://jobs.lever.co/northstar/4f1c-aa or "
    '<a href="https:&#x2F;&#x2F;jobs.ashbyhq.com&#x2F;quanta&#x2F;77">our board</a>. '
    "We use https://www.greenhouse.io/careers for nothing; see https://jobs.lever.co/ too."
)
DESCRIPTION = (
    "<p>Powered by greenhouse.io. Apply at "
    "https://boards.greenhouse.io/embed/job_board?for=orbit or on "
    "https://acme.wd5.myworkdayjobs.com/en-US/External/job/NYC/Engineer_R123. "
    "German team: https://zeta.jobs.personio.de/job/123. Help: https://help.recruitee.com/x "
    "and https://www.teamtailor.com/en/ (marketing).</p>"
)
PAGE = '<html><a href="https://apply.workable.com/delta/">Jobs</a> https://api.lever.co/</html>'


def write_lake(home: Path) -> None:
    hn = home / "raw" / "source=hn" / f"week={WEEK}" / "crawl=hn-20261116T010000Z-abc001"
    hn.mkdir(parents=True)
    comment = {"source": "hn", "board": "hn", "source_id": "hn-4242", "payload": {"text": HN_TEXT}}
    (hn / "hn.jsonl").write_text(json.dumps(comment) + "\n" + "not json at all\n")
    (hn / "_runs.jsonl").write_text(json.dumps({"board": "hn", "note": "jobs.lever.co/runs"}))
    gh = home / "raw" / "source=greenhouse" / f"week={WEEK}" / "crawl=greenhouse-x"
    gh.mkdir(parents=True)
    own = "https://job-boards.greenhouse.io/halcyonledger/jobs/5305338001"
    posting = {"source_id": "5305338001", "payload": {"absolute_url": own, "content": DESCRIPTION}}
    (gh / "halcyonledger.jsonl").write_text(json.dumps(posting) + "\n")
    (gh / "_pages.careers.1.body").write_text(PAGE)


@pytest.fixture
def found(tmp_path: Path) -> dict:
    write_lake(tmp_path)
    return scan(tmp_path / "raw")


def test_every_board_address_in_crawled_text_is_found_once(found: dict) -> None:
    assert sorted(found) == [
        ("ashby", "quanta"),  # behind HN's &#x2F; escapes
        ("greenhouse", "halcyonledger"),  # the posting's own board
        ("greenhouse", "orbit"),  # the embedded board's ?for=
        ("lever", "northstar"),
        ("personio", "zeta"),
        ("workable", "delta"),  # a link on an archived career page
        ("workday", "acme/external"),
    ]


def test_a_candidate_keeps_where_it_was_seen(found: dict) -> None:
    lever = found[("lever", "northstar")]
    assert lever.seen == 1
    assert lever.evidence == [
        {
            "file": f"raw/source=hn/week={WEEK}/crawl=hn-20261116T010000Z-abc001/hn.jsonl",
            "posting": "hn-4242",
            "url": "https://jobs.lever.co/northstar/4f1c-aa",
        }
    ]
    assert found[("workable", "delta")].evidence[0]["file"].endswith("_pages.careers.1.body")


def test_the_registry_boards_are_left_out_and_rows_carry_the_platform_fields(found) -> None:
    listed = [("greenhouse", "HalcyonLedger"), ("lever", "northstar")]
    known = ["ashby", "greenhouse", "workable", "workday", "personio"]
    fresh, unsupported = new_candidates(found, listed, known)
    assert [c.ref.board for c in fresh] == ["quanta", "orbit", "zeta", "delta", "acme/External"]
    assert unsupported == []
    rows = {c.ref.board: registry_row(c) for c in fresh}
    assert rows["acme/External"] == {
        "company": "acme",
        "platform": "workday",
        "board": "acme/External",
        "host": "wd5",
        "origin": "discovered",
    }
    assert rows["zeta"]["domain"] == "de"


@pytest.mark.parametrize(
    "text",
    [
        "https://www.greenhouse.io/careers",  # the vendor's marketing site
        "https://jobs.lever.co/",  # no board
        "https://help.recruitee.com/en/articles/1",  # a reserved name
        "https://www.teamtailor.com/en/",
        "https://api.lever.co/v0/postings/",
        "greenhouse.io",
    ],
)
def test_addresses_that_name_no_board_are_no_candidates(tmp_path: Path, text: str) -> None:
    crawl = tmp_path / "raw" / "source=hn" / f"week={WEEK}" / "crawl=hn-1"
    crawl.mkdir(parents=True)
    (crawl / "hn.jsonl").write_text(json.dumps({"source_id": "1", "payload": {"text": text}}))
    assert scan(tmp_path / "raw") == {}
