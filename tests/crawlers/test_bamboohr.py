"""BambooHR: list-row and detail extract tables; `jobwatch crawl bamboohr` against the replay server
with a retried 500, a job listed twice, a failing detail, a list short of its total and a malformed
list.

The bodies are written for the project in the shapes open-source clients of the careers JSON read:
`/careers/list` -> `{meta: {totalCount}, result: [{id, jobOpeningName, departmentLabel,
employmentStatusLabel, location: {city, state}, atsLocation: {country, state, province, city},
isRemote, locationType}]}` and `/careers/{id}/detail` -> `{result: {jobOpening: {...,
jobOpeningShareUrl, description, compensation, datePosted, minimumExperience, location: {...,
addressCountry}}}}` (the jobseek crawler's BambooHR field maps, and the tests of a Python and a Go
job tracker with list and detail bodies of live boards, 2026).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.spiders.bamboohr import extract_list, extract_posting
from tests.crawlers.cli_crawl import crawl_cli, crawl_dir
from tests.crawlers.conftest import read_jsonl
from tests.crawlers.recording import Recording

BOARD = "acme"
LIST_PATH = "/acme/careers/list"
META = {
    "board": BOARD,
    "url": "https://acme.bamboohr.com/careers/list",
    "fetched_at": "2026-11-10T08:00:00Z",
    "crawl_id": "bamboohr-x",
}
NOWHERE = {"country": None, "state": None, "province": None, "city": None}


def bh_row(
    job_id: str, city: str | None = "Austin", state: str | None = "Texas", **extra: Any
) -> dict:
    """One row of `/careers/list`."""
    row: dict[str, Any] = {
        "id": job_id,
        "jobOpeningName": "ML Engineer",
        "departmentId": "18",
        "departmentLabel": "Engineering",
        "employmentStatusLabel": "Full-Time",
        "location": {"city": city, "state": state},
        "atsLocation": NOWHERE,
        "isRemote": None,
        "locationType": "0",
    }
    return row | extra


def bh_detail(job_id: str, **extra: Any) -> dict:
    """A job's `/careers/{id}/detail` body."""
    opening: dict[str, Any] = {
        "jobOpeningName": "ML Engineer",
        "jobOpeningStatus": "Open",
        "jobOpeningShareUrl": f"https://acme.bamboohr.com/careers/{job_id}",
        "departmentId": "18",
        "departmentLabel": "Engineering",
        "employmentStatusLabel": "Full-Time",
        "location": {
            "city": "Austin",
            "state": "Texas",
            "postalCode": "78701",
            "addressCountry": "United States",
        },
        "atsLocation": NOWHERE,
        "description": "<p>Train <b>models</b>.</p><ul><li>PyTorch</li></ul>",
        "compensation": "$150,000 - $190,000 per year",
        "datePosted": "2026-11-02",
        "minimumExperience": "Mid-Level",
        "isRemote": None,
        "locationType": "2",
    }
    return {"meta": {"isMobile": False}, "result": {"jobOpening": opening | extra}}


def bh_list(*rows: dict, total: Any = None) -> dict:
    return {"meta": {"totalCount": len(rows) if total is None else total}, "result": list(rows)}


# The recorded-format fixture of the platform (tests/crawlers/test_platforms.py crawls it).
RECORDINGS = {
    "bamboohr": Recording(
        BOARD,
        {
            "acme.json": bh_list(bh_row("24"), bh_row("31", "Denver", "Colorado")),
            "acme/24.json": bh_detail("24"),
            "acme/31.json": bh_detail("31"),
        },
        ["24", "31"],
    )
}


def test_a_row_with_its_detail_becomes_one_raw_posting():
    row, detail = bh_row("24"), bh_detail("24")
    result = extract_posting(row, json.dumps(detail), **META, company="Acme (registry)")
    assert not result.errors
    assert result.items == [
        {
            "source": "bamboohr",
            "source_id": "24",
            "title": "ML Engineer",
            "board": BOARD,
            "url": "https://acme.bamboohr.com/careers/24",
            "company": "Acme (registry)",
            "location_raw": "Austin, Texas, United States",
            "remote_raw": "Hybrid",
            "employment_type_raw": "Full-Time",
            "department_raw": "Engineering",
            "description_html": "<p>Train <b>models</b>.</p><ul><li>PyTorch</li></ul>",
            "description_text": "Train models.\nPyTorch",
            "salary_raw": "$150,000 - $190,000 per year",
            "salary_structured": None,  # free text: the pipeline parses salary_raw
            "posted_at_raw": "2026-11-02",
            "updated_at_raw": None,
            "fetched_at": "2026-11-10T08:00:00Z",
            "crawl_id": "bamboohr-x",
            "payload": {"posting": row, "detail": detail["result"]["jobOpening"]},
        }
    ]


@pytest.mark.parametrize(
    ("detail_body", "reason"),
    [
        (None, None),  # the detail request failed
        ('{"result": {"jobOpening": {"jobOpeningName": "ML', "malformed_json"),
        ("<!DOCTYPE html><html>Careers</html>", "not_json"),
        ('{"result": {"jobOpening": null}}', "unexpected_shape"),
    ],
)
def test_without_a_usable_detail_the_posting_keeps_what_the_row_gave(detail_body, reason):
    row = bh_row("40", None, None, atsLocation=NOWHERE | {"country": "Canada"}, locationType="1")
    result = extract_posting(row, detail_body, **META, company="Acme")
    [item] = result.items
    assert (item["title"], item["url"], item["company"]) == (
        "ML Engineer",
        "https://acme.bamboohr.com/careers/40",
        "Acme",
    )
    assert (item["location_raw"], item["remote_raw"], item["department_raw"]) == (
        "Canada",
        "Remote",
        "Engineering",
    )
    assert (item["employment_type_raw"], item["description_html"], item["posted_at_raw"]) == (
        "Full-Time",
        None,
        None,
    )
    assert [e["reason"] for e in result.errors] == ([reason] if reason else [])


@pytest.mark.parametrize(
    ("row_place", "detail_place", "expected"),
    [
        # the detail's fuller form of the row's office
        (
            {"location": {"city": "Austin", "state": "Texas"}},
            {"location": {"city": "Austin", "state": "Texas", "addressCountry": "United States"}},
            "Austin, Texas, United States",
        ),
        # a remote job names no office, only the area it is open to
        (
            {"location": {"city": None, "state": None}},
            {"atsLocation": {"city": "US East", "state": "North Carolina", "country": "USA"}},
            "US East, North Carolina, USA",
        ),
        # a province where a state would be
        (
            {"location": {}, "atsLocation": {"city": "Toronto", "province": "Ontario"}},
            {},
            "Toronto, Ontario",
        ),
        # trap: a row listing another place than the detail keeps its own (a job listed per place)
        (
            {"location": {"city": "Denver", "state": "Colorado"}},
            {"location": {"city": "Austin", "state": "Texas", "addressCountry": "United States"}},
            "Denver, Colorado",
        ),
        ({"location": None, "atsLocation": None}, {"location": None}, None),
    ],
)
def test_the_place_of_a_job(row_place, detail_place, expected):
    row = bh_row("41") | row_place
    opening = bh_detail("41", location=None, atsLocation=None)["result"]["jobOpening"]
    body = json.dumps({"result": {"jobOpening": opening | detail_place}})
    [item] = extract_posting(row, body, **META).items
    assert item["location_raw"] == expected


@pytest.mark.parametrize(
    ("fields", "mode"),
    [
        ({"locationType": "0"}, "On-site"),
        ({"locationType": "1"}, "Remote"),
        ({"locationType": "2"}, "Hybrid"),
        ({"locationType": None, "isRemote": True}, "Remote"),  # an older board's flag
        ({"locationType": None, "isRemote": False}, None),
        ({"locationType": "9"}, None),  # trap: an unknown code is no mode
        ({"locationType": None, "isRemote": "yes"}, None),  # trap: only a true flag is remote
    ],
)
def test_the_work_mode_in_words(fields, mode):
    [item] = extract_posting(bh_row("42", **fields), None, **META).items
    assert item["remote_raw"] == mode


def test_a_list_keeps_good_rows_and_quarantines_the_rest():
    rows = [
        bh_row("24"),
        bh_row("25", jobOpeningName=" "),
        bh_row("../../other/careers/list"),  # would leave the board in the detail path
        bh_row("２６"),  # trap: full-width digits are no job id
        ["not", "an", "object"],
    ]
    page = extract_list(json.dumps(bh_list(*rows, total=5)), **META)
    assert [p["id"] for p in page.postings] == ["24"]
    assert (page.total, page.entries) == (5, 5)
    assert [e["reason"] for e in page.errors] == [
        "missing_required",
        "bad_record",
        "bad_record",
        "unexpected_shape",
    ]


@pytest.mark.parametrize("total", [None, "2", True])
def test_a_total_that_is_no_count_is_no_total(total):
    body = {"meta": {"totalCount": total}, "result": [bh_row("24")]}
    assert extract_list(json.dumps(body), **META).total is None


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "not_json"),
        (b'{"meta": {"totalCount": 1}, "result": [{"id": "24"', "malformed_json"),
        (b'{"meta": {}, "result": {"error": "not found"}}', "unexpected_shape"),
    ],
)
def test_unusable_list_bodies_fail_the_page(body, reason):
    page = extract_list(body, **META)
    assert page.page_failed
    assert [e["reason"] for e in page.errors] == [reason]


def test_crawl_retries_a_500_merges_a_job_listed_twice_and_keeps_a_failed_detail(tmp_path):
    rows = [bh_row("24"), bh_row("31"), bh_row("24", "Denver", "Colorado"), bh_row("52")]
    files: dict[str, Any] = {"acme.json": bh_list(*rows, total=3)}
    files |= {"broken.json": '{"meta": {"totalCount": 2}, "result": [{"id": "1", "job'}
    files |= {f"acme/{n}.json": bh_detail(n) for n in ("24", "52")}  # job 31's detail: 404
    root = Recording(BOARD, files, []).write(tmp_path / "rec", "bamboohr")
    with ReplayServer(root, faults={LIST_PATH: [{"status": 500}]}) as srv:
        proc = crawl_cli(
            tmp_path, "bamboohr", "acme", srv.base_url, "--board", "broken", check=False
        )
        assert [s for _, path, s in srv.log if path == LIST_PATH] == [500, 200]
        details = sorted(path for _, path, _ in srv.log if path.endswith("/detail"))
    assert details == [f"/acme/careers/{n}/detail" for n in ("24", "31", "52")]  # 24 once
    written = crawl_dir(tmp_path, "bamboohr")
    items = {i["source_id"]: i for i in read_jsonl(written / "acme.jsonl")}
    assert sorted(items) == ["24", "31", "52"]
    assert items["24"]["location_raw"] == "Austin, Texas, United States; Denver, Colorado"
    assert items["24"]["description_text"] == "Train models.\nPyTorch"
    kept = items["31"]  # its detail failed: what the row gave
    assert (kept["location_raw"], kept["description_text"], kept["salary_raw"]) == (
        "Austin, Texas",
        None,
        None,
    )
    bad = {(q["board"], q["reason"]) for q in read_jsonl(written / "_quarantine.jsonl")}
    assert bad == {("acme", "http_error"), ("broken", "malformed_json")}
    runs = {r["board"]: r for r in read_jsonl(written / "_runs.jsonl")}
    assert (runs["acme"]["status"], runs["acme"]["items"]) == ("partial", 3)
    assert "posting 31 detail: HTTP 404" in runs["acme"]["error"]
    assert (runs["broken"]["status"], runs["broken"]["items"]) == ("failed", 0)
    assert proc.returncode == 1  # a failed board fails the crawl, with no traceback
    assert "Traceback" not in proc.stderr


def test_a_list_short_of_its_total_makes_the_board_partial(tmp_path):
    """Two jobs listed of a stated five: both kept, nothing closed as if the board were whole."""
    files: dict[str, Any] = {"acme.json": bh_list(bh_row("24"), bh_row("31"), total=5)}
    files |= {f"acme/{n}.json": bh_detail(n) for n in ("24", "31")}
    root = Recording(BOARD, files, []).write(tmp_path / "rec", "bamboohr")
    with ReplayServer(root) as srv:
        crawl_cli(tmp_path, "bamboohr", "acme", srv.base_url, check=False)
        assert srv.hits[LIST_PATH] == 1  # the list is the whole board: no paging request
    written = crawl_dir(tmp_path, "bamboohr")
    assert sorted(i["source_id"] for i in read_jsonl(written / "acme.jsonl")) == ["24", "31"]
    [run] = read_jsonl(written / "_runs.jsonl")
    assert (run["status"], run["items"]) == ("partial", 2)
    assert "the list is short: 2 of totalCount 5 postings listed" in run["error"]
