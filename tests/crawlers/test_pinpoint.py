"""Pinpoint: the postings feed's extract table and `jobwatch crawl pinpoint` against the replay
server: a retried 500, a malformed body, a posting listed twice under two locations.

The recorded format is written for the project. It mirrors the postings.json shape as public
scrapers read it: a Pinpoint collector's test fixture (`id`, `title`, `url`, `workplace_type`,
`employment_type`, `compensation_visible`, `compensation_minimum` / `_maximum` / `_currency` /
`_frequency`, `description`, `first_published_at`, `job.department.name`, `location` with
`city`, `name`, `province`) and a Pinpoint adapter's sections (`key_responsibilities`,
`skills_knowledge_expertise`, `benefits`, each with its `*_header`).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from jobwatch.crawlers.extraction import extract_page
from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.spiders.pinpoint import extract_postings
from tests.crawlers.cli_crawl import crawl_cli, crawl_dir
from tests.crawlers.conftest import read_jsonl
from tests.crawlers.recording import Recording

META = {
    "board": "acme",
    "url": "https://acme.pinpointhq.com/postings.json",
    "fetched_at": "2026-11-10T08:00:00Z",
    "crawl_id": "pinpoint-x",
}


def pp_posting(pid: str = "8812", title: str | None = "ML Engineer", **extra: Any) -> dict:
    """One entry of `data` in `{company}.pinpointhq.com/postings.json`."""
    posting: dict[str, Any] = {
        "id": pid,
        "title": title,
        "url": f"https://acme.pinpointhq.com/en/postings/{pid}",
        "path": f"/en/postings/{pid}",
        "workplace_type": "hybrid",
        "employment_type": "full_time",
        "compensation_visible": True,
        "compensation_minimum": 70000,
        "compensation_maximum": 90000,
        "compensation_currency": "GBP",
        "compensation_frequency": "yearly",
        "description": "<p>Build <b>RAG</b> systems.</p>",
        "key_responsibilities_header": "What you'll do",
        "key_responsibilities": "<ul><li>Ship models</li></ul>",
        "skills_knowledge_expertise_header": "What you'll bring",
        "skills_knowledge_expertise": "<ul><li>PyTorch</li></ul>",
        "benefits_header": None,
        "benefits": None,
        "first_published_at": "2026-10-29T09:12:44Z",
        "deadline_at": "2026-12-31T23:59:00Z",
        "job": {"department": {"id": "31", "name": "Research"}},
        "location": {"city": "London", "name": "London HQ", "province": "England"},
    }
    posting.update(extra)
    if title is None:
        del posting["title"]
    return posting


def body(*postings: Any) -> str:
    return json.dumps({"data": list(postings)})


def one(posting: dict) -> dict:
    result = extract_postings(body(posting), company="Acme (registry)", **META)
    assert not result.errors
    [item] = result.items
    return item


def test_a_posting_becomes_one_raw_posting_each_field_beside_its_original():
    posting = pp_posting()
    assert one(posting) == {
        "source": "pinpoint",
        "source_id": "8812",
        "title": "ML Engineer",
        "board": "acme",
        "url": "https://acme.pinpointhq.com/en/postings/8812",
        "company": "Acme (registry)",
        "location_raw": "London, England",
        "remote_raw": "hybrid",
        "employment_type_raw": "full_time",
        "department_raw": "Research",
        "description_html": "<p>Build <b>RAG</b> systems.</p>\n"
        "<h3>What you'll do</h3><ul><li>Ship models</li></ul>\n"
        "<h3>What you'll bring</h3><ul><li>PyTorch</li></ul>",
        "description_text": "Build RAG systems.\nWhat you'll do\nShip models\n"
        "What you'll bring\nPyTorch",
        "salary_raw": "70000 - 90000 GBP yearly",
        "salary_structured": {"min": 70000, "max": 90000, "currency": "GBP", "period": "yearly"},
        "posted_at_raw": "2026-10-29T09:12:44Z",
        "updated_at_raw": None,
        "fetched_at": "2026-11-10T08:00:00Z",
        "crawl_id": "pinpoint-x",
        "payload": posting,
    }


@pytest.mark.parametrize(
    ("extra", "field", "expected"),
    [
        # trap: a range the company hides is never read, though the feed carries it
        ({"compensation_visible": False}, "salary_structured", None),
        ({"compensation_minimum": None, "compensation_maximum": None}, "salary_raw", None),
        ({"compensation_maximum": None}, "salary_raw", "70000 GBP yearly"),
        ({"workplace_type": "remote"}, "remote_raw", "remote"),
        (
            {"location": {"city": "Leeds", "province": "Leeds", "name": "Office"}},
            "location_raw",
            "Leeds",
        ),
        (
            {"location": {"city": None, "province": None, "name": "Remote UK"}},
            "location_raw",
            "Remote UK",
        ),
        ({"location": None}, "location_raw", None),
        ({"job": None}, "department_raw", None),
        (
            {"key_responsibilities_header": "", "skills_knowledge_expertise": None},
            "description_html",
            "<p>Build <b>RAG</b> systems.</p>\n<ul><li>Ship models</li></ul>",  # no heading
        ),
        ({"url": None}, "url", None),
    ],
)
def test_fields_follow_the_feed(extra, field, expected):
    assert one(pp_posting(**extra))[field] == expected


def test_bad_postings_are_quarantined_and_the_rest_kept():
    result = extract_postings(body(pp_posting("1"), pp_posting("2", title=None), "x"), **META)
    assert [i["source_id"] for i in result.items] == ["1"]
    assert [e["reason"] for e in result.errors] == ["missing_required", "unexpected_shape"]


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "not_json"),
        (b"<html>Not found</html>", "not_json"),
        (b'{"data": [{"id": "1", "title": "ML', "malformed_json"),
        (b'[{"id": "1"}]', "unexpected_shape"),  # the list without its envelope
    ],
)
def test_unusable_bodies_fail_the_page(raw, reason):
    result = extract_postings(raw, **META)
    assert result.page_failed
    assert [e["reason"] for e in result.errors] == [reason]


def at(city: str) -> dict[str, Any]:
    return {"location": {"city": city, "province": None, "name": city}}


@pytest.mark.parametrize(
    ("postings", "kept", "quarantined"),
    [
        # one id listed under two locations: one posting with both places
        (
            [pp_posting("5", **at("London")), pp_posting("5", **at("Leeds"))],
            [("5", "ML Engineer", "London; Leeds")],
            [],
        ),
        # the same id under another title: the first kept, the other quarantined
        (
            [pp_posting("5", **at("London")), pp_posting("5", "Chef", **at("Leeds"))],
            [("5", "ML Engineer", "London")],
            ["duplicate_id"],
        ),
        # trap: two ids with one title and place are two postings
        (
            [pp_posting("5", **at("London")), pp_posting("6", **at("London"))],
            [("5", "ML Engineer", "London"), ("6", "ML Engineer", "London")],
            [],
        ),
    ],
)
def test_an_id_listed_twice_is_one_posting(postings, kept, quarantined):
    result = extract_page("pinpoint", body(*postings).encode(), **META)
    assert [(i["source_id"], i["title"], i["location_raw"]) for i in result.items] == kept
    assert [e["reason"] for e in result.errors] == quarantined


# The recorded-format fixture of the platform (tests/crawlers/test_platforms.py crawls it).
RECORDINGS = {
    "pinpoint": Recording(
        "acme",
        {"acme.json": {"data": [pp_posting("1"), pp_posting("2", "Data Engineer")]}},
        ["1", "2"],
    )
}
FEED_PATH = "/acme/postings.json"


def test_crawl_retries_a_500_and_merges_a_posting_listed_under_two_locations(tmp_path):
    postings = [pp_posting("1", **at("London")), pp_posting("2"), pp_posting("1", **at("Leeds"))]
    root = Recording("acme", {"acme.json": {"data": postings}}, []).write(
        tmp_path / "r", "pinpoint"
    )
    with ReplayServer(root, faults={FEED_PATH: [{"status": 500}]}) as srv:
        crawl_cli(tmp_path, "pinpoint", "acme", srv.base_url)
        assert [s for _, path, s in srv.log if path == FEED_PATH] == [500, 200]
    written = crawl_dir(tmp_path, "pinpoint")
    items = {i["source_id"]: i for i in read_jsonl(written / "acme.jsonl")}
    assert (sorted(items), items["1"]["location_raw"]) == (["1", "2"], "London; Leeds")
    [run] = read_jsonl(written / "_runs.jsonl")
    assert (run["status"], run["items"], run["http_status"]) == ("ok", 2, {"200": 1, "500": 1})


def test_crawl_quarantines_a_malformed_body_and_fails_the_board(tmp_path):
    root = RECORDINGS["pinpoint"].write(tmp_path / "rec", "pinpoint")
    cut = '{"data": [{"id": "1", "title": "ML'
    with ReplayServer(root, faults={FEED_PATH: [{"body": cut}]}) as srv:
        proc = crawl_cli(tmp_path, "pinpoint", "acme", srv.base_url, check=False)
    written = crawl_dir(tmp_path, "pinpoint")
    [bad] = read_jsonl(written / "_quarantine.jsonl")
    assert (bad["reason"], bad["body"]) == ("malformed_json", cut)
    [run] = read_jsonl(written / "_runs.jsonl")
    assert (run["status"], run["items"]) == ("failed", 0)
    assert "Traceback" not in proc.stderr
