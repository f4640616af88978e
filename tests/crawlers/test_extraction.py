"""The extraction layer: one posting per source id of a response, whichever way a source extracts;
shown on the extractor's output and through `jobwatch crawl` against the replay server."""

from __future__ import annotations

from typing import Any

import pytest

from jobwatch.crawlers.extract.result import ExtractResult
from jobwatch.crawlers.extraction import settle
from jobwatch.crawlers.replay import ReplayServer
from tests.conftest import jobwatch_cli
from tests.crawlers.conftest import gh_job, read_jsonl, record_board


def posting(source_id: str, title: str, location: str | None, **extra: Any) -> dict[str, Any]:
    return {
        "source": "greenhouse",
        "source_id": source_id,
        "title": title,
        "board": "acme",
        "location_raw": location,
        "remote_raw": None,
        "fetched_at": "2026-11-10T08:00:00Z",
        "crawl_id": "c-1",
        "payload": {"id": source_id, "title": title},
        **extra,
    }


@pytest.mark.parametrize(
    ("items", "kept", "quarantined"),
    [
        # a job under two locations: one posting with both places
        (
            [posting("1", "ML Engineer", "Berlin"), posting("1", "ML Engineer", "Paris")],
            [("1", "ML Engineer", "Berlin; Paris")],
            [],
        ),
        # the same place twice is named once; a listing without a place adds none
        (
            [
                posting("1", "ML Engineer", "Berlin"),
                posting("1", "ML Engineer", "Berlin"),
                posting("1", "ML Engineer", None),
            ],
            [("1", "ML Engineer", "Berlin")],
            [],
        ),
        # the same id with another title: the first stays, the other is quarantined
        (
            [posting("1", "ML Engineer", "Berlin"), posting("1", "Office Manager", "Paris")],
            [("1", "ML Engineer", "Berlin")],
            ["posting id 1 listed again with another title: 'Office Manager', first 'ML Engineer'"],
        ),
        # trap: different ids with the same title and place are two jobs, never merged
        (
            [posting("1", "ML Engineer", "Berlin"), posting("2", "ML Engineer", "Berlin")],
            [("1", "ML Engineer", "Berlin"), ("2", "ML Engineer", "Berlin")],
            [],
        ),
    ],
)
def test_one_posting_per_source_id(items, kept, quarantined):
    result = settle(ExtractResult(items=items), "https://example.test/page")
    assert [(i["source_id"], i["title"], i["location_raw"]) for i in result.items] == kept
    assert [e["detail"].split(" (")[0] for e in result.errors] == quarantined
    assert all(e["reason"] == "duplicate_id" for e in result.errors)
    assert all(e["url"] == "https://example.test/page" for e in result.errors)


def test_remote_flags_of_both_listings_are_kept():
    items = [
        posting("1", "ML Engineer", "Berlin"),
        posting("1", "ML Engineer", "Remote (EU)", remote_raw="Remote (EU)"),
    ]
    [merged] = settle(ExtractResult(items=items), "u").items
    assert (merged["location_raw"], merged["remote_raw"]) == ("Berlin; Remote (EU)", "Remote (EU)")


def test_crawl_merges_a_job_listed_twice_and_quarantines_a_conflicting_one(tmp_path):
    jobs = [
        gh_job(101, location={"name": "San Francisco, CA"}),
        gh_job(101, location={"name": "New York, NY"}),
        gh_job(102, "Data Scientist"),
        gh_job(102, "Office Manager"),
    ]
    record_board(tmp_path / "rec", "acme", jobs)
    out = tmp_path / "acme.jsonl"
    with ReplayServer(tmp_path / "rec") as srv:
        args = ["crawl", "greenhouse", "--board", "acme", "--base-url", srv.base_url]
        proc = jobwatch_cli(tmp_path, *args, "--out", str(out), "--week", "2026-11-09")
    postings = read_jsonl(out)
    assert [(p["source_id"], p["title"], p["location_raw"]) for p in postings] == [
        ("101", "Machine Learning Engineer", "San Francisco, CA; New York, NY"),
        ("102", "Data Scientist", "San Francisco, CA"),
    ]
    [bad] = read_jsonl(tmp_path / "acme.quarantine.jsonl")
    assert (bad["reason"], bad["body"]["title"]) == ("duplicate_id", "Office Manager")
    assert "2 postings, 1 quarantined" in proc.stdout


def test_the_payload_of_a_merged_posting_is_its_first_listing():
    first = posting("1", "ML Engineer", "Berlin")
    [merged] = settle(ExtractResult(items=[first, posting("1", "ML Engineer", "Paris")]), "u").items
    assert merged["payload"] == {"id": "1", "title": "ML Engineer"}
