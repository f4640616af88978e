"""Oracle Recruiting Cloud: list-page and detail extract tables, board tokens, and `jobwatch crawl
oracle` against the replay server with a retried 500, a requisition listed twice, a failing detail,
paging cut short and a malformed page.

The bodies are written for the project in the shapes open-source clients of the Candidate
Experience API read: `recruitingCEJobRequisitions` -> `{items: [{TotalJobsCount, requisitionList:
[{Id, Title, PostedDate, ShortDescriptionStr, PrimaryLocation, WorkplaceType, WorkplaceTypeCode,
JobFamily, secondaryLocations: [{Name}]}]}], hasMore}` and `recruitingCEJobRequisitionDetails` ->
`{items: [{ExternalDescriptionStr, ExternalResponsibilitiesStr, ExternalQualificationsStr,
ExternalPostedStartDate, JobSchedule, ...}]}` (Python, Kotlin and TypeScript job trackers' Oracle
adapters and their tests, 2026).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.spiders.oracle import PLATFORM, extract_list_page, extract_posting
from jobwatch.pipeline.location import parse_location
from tests.crawlers.cli_crawl import crawl_cli, crawl_dir
from tests.crawlers.conftest import read_jsonl
from tests.crawlers.recording import Recording

BOARD = "acme.fa.us2.oraclecloud.com/CX"
API = "/hcmRestApi/resources/latest"
LIST_PATH = f"{API}/recruitingCEJobRequisitions"
DETAIL_PATH = f"{API}/recruitingCEJobRequisitionDetails"
META = {
    "board": BOARD,
    "url": f"https://acme.fa.us2.oraclecloud.com{LIST_PATH}",
    "fetched_at": "2026-11-10T08:00:00Z",
    "crawl_id": "oracle-x",
}
PUBLIC = "https://acme.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX/job/"
PAGE_OF_TWO = ["--set", "ORACLE_PAGE_SIZE=2"]


def orc_row(job_id: str, place: str = "Austin, TX, United States", **extra: Any) -> dict:
    """One requisition of a list page."""
    row: dict[str, Any] = {
        "Id": job_id,
        "Title": "ML Engineer",
        "PostedDate": "2026-11-02",
        "PostingEndDate": None,
        "ShortDescriptionStr": "Train models for our products.",
        "PrimaryLocation": place,
        "PrimaryLocationCountry": "US",
        "WorkplaceType": "Hybrid",
        "WorkplaceTypeCode": "ORA_HYBRID",
        "JobFamily": "Software Engineering",
        "JobFunction": "Engineering",
        "secondaryLocations": [],
    }
    return row | extra


def orc_list(*rows: dict, total: Any = "rows") -> dict:
    """A list body: one search row holding the requisitions (`total="rows"`: their count)."""
    search: dict[str, Any] = {
        "SearchId": 1,
        "Offset": 0,
        "Limit": 25,
        "requisitionList": list(rows),
    }
    if total is not None:
        search["TotalJobsCount"] = len(rows) if total == "rows" else total
    return {"items": [search], "count": 1, "hasMore": False, "limit": 25, "offset": 0}


def orc_detail(job_id: str, **extra: Any) -> dict:
    """A requisition's detail body."""
    item: dict[str, Any] = {
        "Id": job_id,
        "Title": "ML Engineer",
        "ExternalDescriptionStr": "<p>Train <b>models</b>.</p>",
        "ExternalResponsibilitiesStr": "<ul><li>Ship PyTorch models</li></ul>",
        "ExternalQualificationsStr": "<ul><li>Python</li></ul>",
        "CorporateDescriptionStr": None,
        "ExternalPostedStartDate": "2026-11-02T09:36:02+00:00",
        "JobSchedule": "Full time",
        "ContractType": "Regular",
        "WorkplaceType": "Hybrid",
        "PrimaryLocation": "Austin, TX, United States",
        "secondaryLocations": [],
    }
    return {"items": [item | extra], "count": 1, "hasMore": False}


# The recorded-format fixture of the platform (tests/crawlers/test_platforms.py crawls it):
# the replay reads the site from the request's finder, so files are named by the site.
RECORDINGS = {
    "oracle": Recording(
        BOARD,
        {
            "CX.json": orc_list(orc_row("101"), orc_row("102", "Denver, CO, United States")),
            "CX/101.json": orc_detail("101"),
            "CX/102.json": orc_detail("102"),
        },
        ["101", "102"],
    )
}


def test_a_row_with_its_detail_becomes_one_raw_posting():
    row = orc_row("101", secondaryLocations=[{"Name": "Toronto, ON, Canada", "CountryCode": "CA"}])
    detail = orc_detail("101")
    result = extract_posting(row, json.dumps(detail), **META, company="Acme (registry)")
    assert not result.errors
    html = (
        "<p>Train <b>models</b>.</p>\n<ul><li>Ship PyTorch models</li></ul>\n"
        "<ul><li>Python</li></ul>"
    )
    assert result.items == [
        {
            "source": "oracle",
            "source_id": "101",
            "title": "ML Engineer",
            "board": BOARD,
            "url": PUBLIC + "101",
            "company": "Acme (registry)",
            "location_raw": "Austin, TX, United States; Toronto, ON, Canada",
            "remote_raw": "Hybrid",
            "employment_type_raw": "Full time",
            "department_raw": "Software Engineering",
            "description_html": html,
            "description_text": "Train models.\nShip PyTorch models\nPython",
            "salary_raw": None,
            "salary_structured": None,
            "posted_at_raw": "2026-11-02T09:36:02+00:00",
            "updated_at_raw": None,
            "fetched_at": "2026-11-10T08:00:00Z",
            "crawl_id": "oracle-x",
            "payload": {"posting": row, "detail": detail["items"][0]},
        }
    ]


@pytest.mark.parametrize(
    ("detail_body", "reason"),
    [
        (None, None),  # the detail request failed
        ('{"items": [{"Id": "101", "Title": "ML', "malformed_json"),
        ("<html><body>Service Unavailable</body></html>", "not_json"),
        ('{"items": [], "count": 0, "hasMore": false}', "unexpected_shape"),  # no such Id
    ],
)
def test_without_a_usable_detail_the_posting_keeps_what_the_list_gave(detail_body, reason):
    row = orc_row("103", WorkplaceType=None, WorkplaceTypeCode="ORA_REMOTE")
    result = extract_posting(row, detail_body, **META, company="Acme")
    [item] = result.items
    assert (item["title"], item["url"], item["company"]) == ("ML Engineer", PUBLIC + "103", "Acme")
    assert (item["location_raw"], item["remote_raw"], item["posted_at_raw"]) == (
        "Austin, TX, United States",
        "ORA REMOTE",
        "2026-11-02",
    )
    assert (item["description_text"], item["employment_type_raw"]) == (
        "Train models for our products.",  # the list's summary
        None,
    )
    assert [e["reason"] for e in result.errors] == ([reason] if reason else [])


@pytest.mark.parametrize(
    ("fields", "raw", "mode"),
    [
        ({"WorkplaceType": "Remote", "WorkplaceTypeCode": "ORA_REMOTE"}, "Remote", "remote"),
        ({"WorkplaceType": None, "WorkplaceTypeCode": "ORA_HYBRID"}, "ORA HYBRID", "hybrid"),
        ({"WorkplaceType": "On-site", "WorkplaceTypeCode": "ORA_ON_SITE"}, "On-site", "onsite"),
        ({"WorkplaceType": None, "WorkplaceTypeCode": None}, None, "unknown"),
    ],
)
def test_the_workplace_type_is_a_work_mode_the_pipeline_reads(fields, raw, mode):
    [item] = extract_posting(orc_row("104", "", **fields), None, **META).items
    assert item["remote_raw"] == raw
    assert parse_location(None, item["remote_raw"]).work_mode == mode


@pytest.mark.parametrize(
    ("token", "ok"),
    [
        ("acme.fa.us2.oraclecloud.com/CX", True),
        ("jpmc.fa.oraclecloud.com/CX_1001", True),
        ("iaayey.fa.ocs.oraclecloud26.com/CX_1", True),
        ("evht.fa.ocs.oraclecloud.eu/CX_7001", True),
        ("hcml.fa.us2.oraclecloud.com/AEO-Careers", True),
        ("acme.fa.us2.oraclecloud.com", False),  # no site
        ("careers.example.com/CX", False),  # a custom domain is not an Oracle host
        ("oraclecloud.com/CX", False),
        ("acme.oraclecloud.com.evil.example/CX", False),  # trap: the host must end there
        ("acme.fa.us2.oraclecloud.com/CX/jobs", False),
    ],
)
def test_a_board_token_is_an_oracle_host_and_its_site(token, ok):
    assert (PLATFORM.token_problem(token) is None) is ok


def test_a_list_page_keeps_good_rows_and_quarantines_the_rest():
    rows = [
        orc_row("101"),
        orc_row(102),  # a number is an id too
        orc_row("103", Title=""),
        orc_row('"),siteNumber=OTHER'),  # would rewrite the detail request's finder
        "not an object",
    ]
    page = extract_list_page(json.dumps(orc_list(*rows, total=40)), **META)
    assert [p["Id"] for p in page.postings] == ["101", 102]
    assert (page.total, page.entries, page.has_more) == (40, 5, False)
    assert [e["reason"] for e in page.errors] == [
        "missing_required",
        "bad_record",
        "unexpected_shape",
    ]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "not_json"),
        (b'{"items": [{"TotalJobsCount": 3, "requisitionList": [{"Id"', "malformed_json"),
        (b'{"title": "Not Found", "status": 404}', "unexpected_shape"),
        (b'{"items": [{"TotalJobsCount": 3}]}', "unexpected_shape"),
    ],
)
def test_unusable_list_bodies_fail_the_page(body, reason):
    page = extract_list_page(body, **META)
    assert page.page_failed
    assert [e["reason"] for e in page.errors] == [reason]


def test_an_empty_search_is_an_empty_board():
    page = extract_list_page(b'{"items": [], "count": 0, "hasMore": false}', **META)
    assert (page.page_failed, page.postings, page.errors) == (False, [], [])


def test_crawl_pages_retries_a_500_merges_a_listed_twice_job_and_keeps_a_failed_detail(tmp_path):
    # pages of two: [101, 101 again elsewhere], [102, 103], [104]
    rows = [orc_row("101"), orc_row("101", "Denver, CO, United States"), orc_row("102")]
    rows += [orc_row("103"), orc_row("104")]
    files: dict[str, Any] = {"CX.json": orc_list(*rows)}  # TotalJobsCount 5: rows, not jobs
    files |= {f"CX/{n}.json": orc_detail(n) for n in ("101", "102", "104")}  # 103: 404
    root = Recording(BOARD, files, []).write(tmp_path / "rec", "oracle")
    second_page = {"finder": "findReqs;siteNumber=CX,limit=2,offset=2"}
    cut = {"finder": "findReqs;siteNumber=CX_9,limit=2,offset=0"}
    faults = {
        LIST_PATH: [
            {"status": 500, "when": second_page},
            {"body": '{"items": [{"TotalJobsCount": 1, "requisitionList": [{"Id"', "when": cut},
        ]
    }
    with ReplayServer(root, faults=faults) as srv:
        args = ["--board", "broken.fa.us2.oraclecloud.com/CX_9", *PAGE_OF_TWO]
        proc = crawl_cli(tmp_path, "oracle", BOARD, srv.base_url, *args, check=False)
        assert srv.hits[LIST_PATH] == 5  # CX: 3 pages and the retried 500; CX_9: one
        assert srv.hits[DETAIL_PATH] == 4  # 101 once, though listed twice
    written = crawl_dir(tmp_path, "oracle")
    items = {i["source_id"]: i for i in read_jsonl(written / f"{BOARD.replace('/', '%2F')}.jsonl")}
    assert sorted(items) == ["101", "102", "103", "104"]
    assert items["101"]["location_raw"] == "Austin, TX, United States; Denver, CO, United States"
    assert items["103"]["description_text"] == "Train models for our products."  # the list's
    runs = {r["board"]: r for r in read_jsonl(written / "_runs.jsonl")}
    assert (runs[BOARD]["status"], runs[BOARD]["items"]) == ("partial", 4)
    assert "posting 103 detail: HTTP 404" in runs[BOARD]["error"]
    broken = runs["broken.fa.us2.oraclecloud.com/CX_9"]
    assert (broken["status"], broken["items"]) == ("failed", 0)
    bad = {q["reason"] for q in read_jsonl(written / "_quarantine.jsonl")}
    assert bad == {"http_error", "malformed_json"}
    assert proc.returncode == 1  # a failed board fails the crawl, with no traceback
    assert "Traceback" not in proc.stderr


def test_paging_that_ends_before_the_total_makes_the_board_partial(tmp_path):
    files: dict[str, Any] = {"CX.json": orc_list(orc_row("101"), orc_row("102"), total=5)}
    files |= {f"CX/{n}.json": orc_detail(n) for n in ("101", "102")}
    root = Recording(BOARD, files, []).write(tmp_path / "rec", "oracle")
    with ReplayServer(root) as srv:
        crawl_cli(tmp_path, "oracle", BOARD, srv.base_url, *PAGE_OF_TWO, check=False)
    [run] = read_jsonl(crawl_dir(tmp_path, "oracle") / "_runs.jsonl")
    assert (run["status"], run["items"]) == ("partial", 2)
    assert "paging ended early (an empty page at offset 2): 2 of TotalJobsCount 5" in run["error"]


def test_without_a_count_the_pages_say_when_there_are_no_more(tmp_path):
    """No TotalJobsCount: `hasMore` ends the paging, even after a full page."""
    rows = [orc_row(str(n)) for n in range(101, 105)]
    files: dict[str, Any] = {"CX.json": orc_list(*rows, total=None)}
    files |= {f"CX/{n}.json": orc_detail(str(n)) for n in range(101, 105)}
    root = Recording(BOARD, files, []).write(tmp_path / "rec", "oracle")
    with ReplayServer(root) as srv:
        crawl_cli(tmp_path, "oracle", BOARD, srv.base_url, *PAGE_OF_TWO)
        assert srv.hits[LIST_PATH] == 2  # the second full page says no more: no empty third
    [run] = read_jsonl(crawl_dir(tmp_path, "oracle") / "_runs.jsonl")
    assert (run["status"], run["items"]) == ("ok", 4)
