"""Jibe (iCIMS career sites): the search API's extract table, its paging rule, and `jobwatch crawl
jibe` against the replay server: pages of two, a retried 500, a job listed twice, a page that keeps
failing (partial) and a malformed page.

The recorded format is written for the project. It mirrors `/api/jobs?page=N&limit=L` as
open-source clients read it (a Go job tracker's Jibe adapter and its tests on captured JCPenney and
PetSmart bodies, a TypeScript job-feed provider's test, Python and Ruby scrapers): `{"jobs":
[{"data": {slug, req_id, title, description, full_location, city, state, country,
employment_type, department, hiring_organization, salary_min_value, salary_max_value,
salary_currency, salary_frequency, posted_date, update_date, apply_url}}], "totalCount": N,
"meta_data": false}`.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.spiders.jibe import PLATFORM, extract_page
from tests.crawlers.cli_crawl import crawl_cli, crawl_dir
from tests.crawlers.conftest import read_jsonl
from tests.crawlers.recording import Recording

BOARD = "careers.acme.example"
API_PATH = f"/{BOARD}/api/jobs"
META = {
    "board": BOARD,
    "url": f"https://{BOARD}/api/jobs?page=1&limit=100",
    "fetched_at": "2026-11-10T08:00:00Z",
    "crawl_id": "jibe-x",
}
PAGE_OF_TWO = ["--set", "JIBE_PAGE_SIZE=2"]


def jb_job(req_id: str = "1745", place: str = "Austin, Texas", **extra: Any) -> dict:
    """One entry of `jobs`."""
    data: dict[str, Any] = {
        "slug": req_id,
        "req_id": req_id,
        "title": "ML Engineer",
        "description": "<p>Train <b>models</b>.</p>",
        "responsibilities": "<ul><li>Ship</li></ul>",
        "full_location": place,
        "city": "Austin",
        "state": "Texas",
        "country": "United States",
        "employment_type": "FULL_TIME",
        "department": "",
        "hiring_organization": "Acme Corp",
        "salary_min_value": 150000,
        "salary_max_value": 190000,
        "salary_currency": "USD",
        "salary_frequency": "YEARLY",
        "posted_date": "2026-11-02T23:39:00+0000",
        "update_date": "2026-11-03T00:41:39+0000",
        "apply_url": f"https://careers-acme.icims.com/jobs/{req_id}/login",
        "meta_data": {"canonical_url": f"https://{BOARD}/jobs/{req_id}"},
    }
    return {"data": data | extra}


def jb_page(*jobs: dict, total: Any = None) -> dict:
    return {
        "jobs": list(jobs),
        "totalCount": len(jobs) if total is None else total,
        "meta_data": False,
    }


# The recorded-format fixture of the platform (tests/crawlers/test_platforms.py crawls it).
RECORDINGS = {
    "jibe": Recording(
        BOARD,
        {f"{BOARD}/page-1.json": jb_page(jb_job("1745"), jb_job("1746", "Denver, Colorado"))},
        ["1745", "1746"],
    )
}


def test_a_job_becomes_one_raw_posting():
    job = jb_job()
    result = extract_page(json.dumps(jb_page(job)), **META, company="Acme (registry)")
    assert not result.errors
    [item] = result.items
    assert item == {
        "source": "jibe",
        "source_id": "1745",
        "title": "ML Engineer",
        "board": BOARD,
        "url": f"https://{BOARD}/jobs/1745",  # the job's page on the site, not the login
        "company": "Acme Corp",
        "location_raw": "Austin, Texas",
        "remote_raw": None,
        "employment_type_raw": "FULL_TIME",
        "department_raw": None,  # empty on most boards
        "description_html": "<p>Train <b>models</b>.</p>\n<ul><li>Ship</li></ul>",
        "description_text": "Train models.\nShip",
        "salary_raw": "150000 - 190000 USD YEARLY",
        "salary_structured": {"min": 150000, "max": 190000, "currency": "USD", "period": "YEARLY"},
        "posted_at_raw": "2026-11-02T23:39:00+0000",
        "updated_at_raw": "2026-11-03T00:41:39+0000",
        "fetched_at": "2026-11-10T08:00:00Z",
        "crawl_id": "jibe-x",
        "payload": job["data"],
    }


@pytest.mark.parametrize(
    ("pay", "structured"),
    [
        # hourly pay with no currency stated: the range and the period are still the employer's
        (
            {
                "salary_min_value": 13.66,
                "salary_max_value": 19.16,
                "salary_currency": "",
                "salary_frequency": "HOURLY",
            },
            {"min": 13.66, "max": 19.16, "currency": None, "period": "HOURLY"},
        ),
        ({"salary_min_value": 0, "salary_max_value": 0}, None),  # 0 is unstated
        (
            {"salary_min_value": 0, "salary_max_value": 90000},
            {"min": None, "max": 90000, "currency": "USD", "period": "YEARLY"},
        ),
        ({"salary_min_value": None, "salary_max_value": None}, None),
    ],
)
def test_pay_as_stated(pay, structured):
    [item] = extract_page(json.dumps(jb_page(jb_job(**pay))), **META).items
    assert item["salary_structured"] == structured


def test_without_a_slug_the_url_is_the_application():
    [item] = extract_page(json.dumps(jb_page(jb_job(slug=None))), **META).items
    assert item["url"] == "https://careers-acme.icims.com/jobs/1745/login"


@pytest.mark.parametrize(
    ("url", "entries", "total", "next_url"),
    [
        ("/api/jobs?page=1&limit=2", 2, 5, "?page=2&limit=2"),
        ("/api/jobs?page=2&limit=2", 2, 5, "?page=3&limit=2"),
        ("/api/jobs?page=3&limit=2", 1, 5, None),  # a short page is the last
        ("/api/jobs?page=2&limit=2", 2, 4, None),  # the total is reached
        ("/api/jobs?page=1&limit=2", 2, None, "?page=2&limit=2"),  # no total: while full
        # trap: a total of exactly one page may be a per-page count: ask once more
        ("/api/jobs?page=1&limit=2", 2, 2, "?page=2&limit=2"),
        ("/api/jobs?page=1&limit=2", 0, 0, None),
    ],
)
def test_the_next_page(url, entries, total, next_url):
    jobs = [jb_job(str(n)) for n in range(entries)]
    body = json.dumps({"jobs": jobs} | ({"totalCount": total} if total is not None else {}))
    result = extract_page(body, **META | {"url": f"https://{BOARD}{url}"})
    assert result.next_url == next_url


def test_jobs_without_an_id_or_a_title_are_quarantined():
    jobs = [jb_job("1"), jb_job("2", title=""), jb_job(req_id=None), {"data": None}]
    result = extract_page(json.dumps(jb_page(*jobs)), **META)
    assert [i["source_id"] for i in result.items] == ["1"]
    assert [e["reason"] for e in result.errors] == [
        "missing_required",
        "missing_required",
        "unexpected_shape",
    ]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "not_json"),
        (b'{"jobs": [{"data": {"req_id": "1"', "malformed_json"),
        (b'{"error": "Not Found"}', "unexpected_shape"),
    ],
)
def test_unusable_bodies_fail_the_page(body, reason):
    result = extract_page(body, **META)
    assert result.page_failed
    assert [e["reason"] for e in result.errors] == [reason]


@pytest.mark.parametrize(
    ("token", "ok"),
    [
        ("careers.mcafee.com", True),
        ("githubinc.jibeapply.com", True),
        ("githubinc", False),  # a host, not a bare slug
        ("careers.mcafee.com/jobs", False),
    ],
)
def test_a_board_token_is_a_host(token, ok):
    assert (PLATFORM.token_problem(token) is None) is ok


def pages(*jobs: dict) -> dict[str, Any]:
    """The replay files of one board listing `jobs`, two to a page."""
    rows = list(jobs)
    chunks = [rows[i : i + 2] for i in range(0, len(rows), 2)]
    return {f"{BOARD}/page-{n}.json": jb_page(*c, total=len(rows)) for n, c in enumerate(chunks, 1)}


def test_crawl_pages_retries_a_500_and_merges_a_job_listed_twice(tmp_path):
    jobs = [jb_job("1"), jb_job("1", "Denver, Colorado"), jb_job("2"), jb_job("3"), jb_job("4")]
    root = Recording(BOARD, pages(*jobs), []).write(tmp_path / "rec", "jibe")
    fault = {"status": 500, "when": {"page": "2"}}
    with ReplayServer(root, faults={API_PATH: [fault]}) as srv:
        crawl_cli(tmp_path, "jibe", BOARD, srv.base_url, *PAGE_OF_TWO)
        assert srv.hits[API_PATH] == 4  # pages 1-3 and the retried 500; the total ends it
    written = crawl_dir(tmp_path, "jibe")
    items = {i["source_id"]: i for i in read_jsonl(written / f"{BOARD}.jsonl")}
    assert sorted(items) == ["1", "2", "3", "4"]
    assert items["1"]["location_raw"] == "Austin, Texas; Denver, Colorado"
    [run] = read_jsonl(written / "_runs.jsonl")
    assert (run["status"], run["items"], run["http_status"]) == ("ok", 4, {"200": 3, "500": 1})


def test_a_page_that_keeps_failing_ends_the_paging_and_the_board_is_partial(tmp_path):
    root = Recording(BOARD, pages(*(jb_job(str(n)) for n in range(1, 6))), []).write(
        tmp_path / "rec", "jibe"
    )
    fault = {"status": 503, "repeat": True, "when": {"page": "2"}}
    with ReplayServer(root, faults={API_PATH: [fault]}) as srv:
        crawl_cli(tmp_path, "jibe", BOARD, srv.base_url, *PAGE_OF_TWO, check=False)
    written = crawl_dir(tmp_path, "jibe")
    assert sorted(i["source_id"] for i in read_jsonl(written / f"{BOARD}.jsonl")) == ["1", "2"]
    [run] = read_jsonl(written / "_runs.jsonl")
    assert (run["status"], run["items"]) == ("partial", 2)


def test_crawl_quarantines_a_malformed_page_and_fails_the_board(tmp_path):
    root = RECORDINGS["jibe"].write(tmp_path / "rec", "jibe")
    cut = '{"jobs": [{"data": {"req_id": "1745", "title": "ML'
    with ReplayServer(root, faults={API_PATH: [{"body": cut}]}) as srv:
        proc = crawl_cli(tmp_path, "jibe", BOARD, srv.base_url, check=False)
    written = crawl_dir(tmp_path, "jibe")
    [bad] = read_jsonl(written / "_quarantine.jsonl")
    assert (bad["reason"], bad["body"]) == ("malformed_json", cut)
    [run] = read_jsonl(written / "_runs.jsonl")
    assert (run["status"], run["items"]) == ("failed", 0)
    assert "Traceback" not in proc.stderr
