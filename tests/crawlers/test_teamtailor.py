"""Teamtailor: the JSON Feed's extract table and `jobwatch crawl teamtailor` against the replay
server: a retried 500, pages followed by `next_url`, paging cut short, a malformed page, a job
listed twice under two places.

The recorded format is written for the project. It mirrors the `jobs.json` JSON Feed as public
collectors read it live: `items` with `id`, `title`, `url`, `content_html`, `date_published` and
a schema.org JobPosting in `_jobposting` (`jobLocation` PostalAddresses with ISO-2
`addressCountry`, `baseSalary` {`currency`, `value` {`unitText`, `minValue`, `maxValue`}} with
figures as strings, `datePosted`, `validThrough`, `employmentType`); `jobLocationType` null on
hybrid jobs; paging by `?page=N` (the JSON Feed's `next_url`).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.spiders.teamtailor import extract_feed
from tests.crawlers.cli_crawl import crawl_cli, crawl_dir
from tests.crawlers.conftest import read_jsonl
from tests.crawlers.recording import Recording

HOST = "https://acme.teamtailor.com"
META = {
    "board": "acme",
    "url": f"{HOST}/jobs.json",
    "fetched_at": "2026-11-10T08:00:00Z",
    "crawl_id": "teamtailor-x",
}


def place(city: str, country: str) -> dict[str, Any]:
    address = {"@type": "PostalAddress", "addressLocality": city, "addressCountry": country}
    return {"@type": "Place", "address": address}


def tt_item(jid: str = "8265036", title: str | None = "ML Engineer", **job: Any) -> dict:
    """One entry of `items` in `{company}.teamtailor.com/jobs.json`; `job` overrides fields of
    its `_jobposting` (a value of None removes the field)."""
    posting: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": title,
        "description": "<p>Train <b>models</b>.</p>",
        "datePosted": "2026-10-28T10:52:07+01:00",
        "validThrough": "2027-01-31T00:00:00+01:00",
        "employmentType": "FULL_TIME",
        "hiringOrganization": {"@type": "Organization", "name": "Acme AB"},
        "jobLocation": [place("Stockholm", "SE")],
        "jobLocationType": None,
        "baseSalary": {
            "@type": "MonetaryAmount",
            "currency": "SEK",
            "value": {
                "@type": "QuantitativeValue",
                "unitText": "MONTH",
                "minValue": "45000",
                "maxValue": "60000",
            },
        },
    }
    posting.update(job)
    item: dict[str, Any] = {
        "id": jid,
        "url": f"{HOST}/jobs/{jid}-ml-engineer",
        "title": title,
        "content_html": "<p>Train <b>models</b>.</p><ul><li>PyTorch</li></ul>",
        "date_published": "2026-10-28T10:52:07+01:00",
        "_jobposting": {
            k: v for k, v in posting.items() if v is not None or k == "jobLocationType"
        },
    }
    if title is None:
        del item["title"]
    return item


def feed(*items: Any, next_page: int | None = None) -> dict[str, Any]:
    page: dict[str, Any] = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Acme AB",
        "home_page_url": f"{HOST}/jobs",
        "feed_url": f"{HOST}/jobs.json",
        "items": list(items),
    }
    if next_page:
        page["next_url"] = f"{HOST}/jobs.json?page={next_page}"
    return page


def one(item: dict, company: str | None = "Acme (registry)") -> dict:
    result = extract_feed(json.dumps(feed(item)), company=company, **META)
    assert not result.errors
    [posting] = result.items
    return posting


def test_an_item_becomes_one_raw_posting_each_field_beside_its_original():
    item = tt_item()
    assert one(item) == {
        "source": "teamtailor",
        "source_id": "8265036",
        "title": "ML Engineer",
        "board": "acme",
        "url": f"{HOST}/jobs/8265036-ml-engineer",
        "company": "Acme AB",
        "location_raw": "Stockholm, SE",
        "remote_raw": None,  # jobLocationType null: the feed does not say
        "employment_type_raw": "FULL_TIME",
        "department_raw": None,
        "description_html": "<p>Train <b>models</b>.</p><ul><li>PyTorch</li></ul>",
        "description_text": "Train models.\nPyTorch",
        "salary_raw": "45,000 - 60,000 SEK per month",
        "salary_structured": {"min": 45000.0, "max": 60000.0, "currency": "SEK", "period": "month"},
        "posted_at_raw": "2026-10-28T10:52:07+01:00",
        "updated_at_raw": None,
        "fetched_at": "2026-11-10T08:00:00Z",
        "crawl_id": "teamtailor-x",
        "payload": item,
    }


def bare(**fields: Any) -> dict[str, Any]:
    """An item without its JobPosting: the feed's own fields only."""
    item = tt_item()
    del item["_jobposting"]
    return {**item, **fields}


@pytest.mark.parametrize(
    ("item", "field", "expected"),
    [
        (
            tt_item(jobLocation=[place("Stockholm", "SE"), place("Berlin", "DE")]),
            "location_raw",
            "Stockholm, SE; Berlin, DE",
        ),
        (tt_item(jobLocationType="TELECOMMUTE"), "remote_raw", "remote"),
        # trap: a hybrid job's null jobLocationType is not read as on-site or remote
        (tt_item(jobLocationType=None), "remote_raw", None),
        (tt_item(baseSalary=None), "salary_structured", None),
        (
            tt_item(
                baseSalary={"currency": "EUR", "value": {"value": "5000", "unitText": "MONTH"}}
            ),
            "salary_structured",  # one figure: the bottom and the top of the range
            {"min": 5000.0, "max": 5000.0, "currency": "EUR", "period": "month"},
        ),
        # no company in the JobPosting: the registry's name
        (tt_item(hiringOrganization=None), "company", "Acme (registry)"),
        # the feed's advert wins; without one, the JobPosting's description
        ({**tt_item(), "content_html": ""}, "description_html", "<p>Train <b>models</b>.</p>"),
        # trap: without its JobPosting the item keeps its own fields and guesses nothing
        (bare(), "location_raw", None),
        (bare(), "salary_raw", None),
        (bare(), "posted_at_raw", "2026-10-28T10:52:07+01:00"),
        (bare(), "company", "Acme (registry)"),
        (bare(url=None), "url", None),
    ],
)
def test_fields_follow_the_feed(item, field, expected):
    assert one(item)[field] == expected


def test_bad_items_are_quarantined_and_the_rest_kept():
    body = json.dumps(feed(tt_item("1"), tt_item("2", title=None), "x"))
    result = extract_feed(body, **META)
    assert [i["source_id"] for i in result.items] == ["1"]
    assert [e["reason"] for e in result.errors] == ["missing_required", "unexpected_shape"]


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "not_json"),
        (b"<html>Not found</html>", "not_json"),
        (b'{"items": [{"id": "1", "title": "ML', "malformed_json"),
        (b'[{"id": "1"}]', "unexpected_shape"),  # items without the feed around them
    ],
)
def test_unusable_bodies_fail_the_page(raw, reason):
    result = extract_feed(raw, **META)
    assert result.page_failed
    assert [e["reason"] for e in result.errors] == [reason]


def test_a_page_names_the_next_one_as_the_feed_gives_it():
    assert (
        extract_feed(json.dumps(feed(next_page=2)), **META).next_url == f"{HOST}/jobs.json?page=2"
    )
    assert extract_feed(json.dumps(feed()), **META).next_url is None


def pages(*bodies: dict[str, Any]) -> dict[str, Any]:
    return {f"acme/page-{n}.json": body for n, body in enumerate(bodies, start=1)}


# The recorded-format fixture of the platform (tests/crawlers/test_platforms.py crawls it).
RECORDINGS = {
    "teamtailor": Recording(
        "acme",
        pages(feed(tt_item("1"), tt_item("2"), next_page=2), feed(tt_item("3"))),
        ["1", "2", "3"],
    )
}
FEED_PATH = "/acme/jobs.json"


def crawled(tmp_path, root, faults) -> tuple[Any, list[tuple[float, str, int]], dict, dict]:
    """Crawl board acme from the replay tree: (process, request log, postings by id, run row)."""
    with ReplayServer(root, faults=faults) as srv:
        proc = crawl_cli(tmp_path, "teamtailor", "acme", srv.base_url, check=False)
        log = list(srv.log)
    written = crawl_dir(tmp_path, "teamtailor")
    board_file = written / "acme.jsonl"  # none when the board gave nothing
    lines = read_jsonl(board_file) if board_file.exists() else []
    items = {i["source_id"]: i for i in lines}
    [run] = read_jsonl(written / "_runs.jsonl")
    return proc, log, items, run


def test_crawl_retries_a_500_follows_the_pages_and_merges_a_job_listed_twice(tmp_path):
    stockholm, berlin = place("Stockholm", "SE"), place("Berlin", "DE")
    first = feed(
        tt_item("1", jobLocation=[stockholm]),
        tt_item("2"),
        tt_item("1", jobLocation=[berlin]),
        next_page=2,
    )
    root = Recording("acme", pages(first, feed(tt_item("3"))), []).write(
        tmp_path / "r", "teamtailor"
    )
    _, log, items, run = crawled(tmp_path, root, {FEED_PATH: [{"status": 500}]})
    assert [s for _, path, s in log if path == FEED_PATH] == [500, 200, 200]  # page 1 twice, page 2
    assert (sorted(items), items["1"]["location_raw"]) == (
        ["1", "2", "3"],
        "Stockholm, SE; Berlin, DE",
    )
    assert (run["status"], run["items"]) == ("ok", 3)


def test_paging_cut_short_keeps_the_pages_read_and_the_board_is_partial(tmp_path):
    root = RECORDINGS["teamtailor"].write(tmp_path / "rec", "teamtailor")
    faults = {FEED_PATH: [{"status": 500, "repeat": True, "when": {"page": "2"}}]}
    proc, _, items, run = crawled(tmp_path, root, faults)
    assert sorted(items) == ["1", "2"]
    assert (run["status"], run["items"]) == ("partial", 2)
    assert "Traceback" not in proc.stderr


def test_a_next_link_back_to_a_page_read_ends_the_paging(tmp_path):
    loop = feed(tt_item("1"), next_page=1)
    loop["next_url"] = f"{HOST}/jobs.json?page=1"
    root = Recording("acme", pages(loop), []).write(tmp_path / "r", "teamtailor")
    _, log, items, run = crawled(tmp_path, root, {})
    assert len([path for _, path, _ in log if path == FEED_PATH]) == 2  # page 1, ?page=1, no more
    assert (sorted(items), run["status"]) == (["1"], "partial")


def test_crawl_quarantines_a_malformed_page_and_fails_the_board(tmp_path):
    root = RECORDINGS["teamtailor"].write(tmp_path / "rec", "teamtailor")
    cut = '{"items": [{"id": "1", "title": "ML'
    proc, _, items, run = crawled(tmp_path, root, {FEED_PATH: [{"body": cut}]})
    [bad] = read_jsonl(crawl_dir(tmp_path, "teamtailor") / "_quarantine.jsonl")
    assert (bad["reason"], bad["body"]) == ("malformed_json", cut)
    assert (items, run["status"], run["items"]) == ({}, "failed", 0)
    assert "Traceback" not in proc.stderr
