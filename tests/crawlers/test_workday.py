"""Workday: list-page and detail extract tables; `jobwatch crawl workday` against the replay
server paging by POST, with a retried 500, a failing detail and paging that ends early."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.spiders.workday import extract_list_page, extract_posting
from tests.conftest import jobwatch_cli
from tests.crawlers.conftest import read_jsonl
from tests.crawlers.recording import Recording

if TYPE_CHECKING:
    from pathlib import Path

BOARD = "acme/External_Careers"
LIST_PATH = "/wday/cxs/acme/External_Careers/jobs"
META = {
    "board": BOARD,
    "url": "https://acme.wd5.myworkdayjobs.com/wday/cxs/acme/External_Careers/jobs",
    "fetched_at": "2026-11-10T08:00:00Z",
    "crawl_id": "workday-x",
}


def wd_posting(req: str, title: str | None = "Machine Learning Engineer", **extra: Any) -> dict:
    """One entry of `jobPostings` (written for the project in the API's shape)."""
    posting: dict[str, Any] = {
        "title": title,
        "externalPath": f"/job/Santa-Clara-CA/Machine-Learning-Engineer_{req}",
        "locationsText": "Santa Clara, CA",
        "postedOn": "Posted 3 Days Ago",
        "bulletFields": [req],
    }
    posting.update(extra)
    if title is None:
        del posting["title"]
    return posting


def wd_detail(req: str, **info: Any) -> dict:
    """A detail body: `jobPostingInfo`, `hiringOrganization`, `similarJobs`."""
    path = f"/job/Santa-Clara-CA/Machine-Learning-Engineer_{req}"
    posting_info: dict[str, Any] = {
        "id": f"8e1f{req.lower()}",
        "title": "Machine Learning Engineer",
        "jobDescription": "<p>Train <b>LLMs</b> on GPUs.</p><ul><li>PyTorch</li></ul>",
        "location": "Santa Clara, CA",
        "additionalLocations": ["Austin, TX"],
        "postedOn": "Posted 3 Days Ago",
        "startDate": "2026-11-06",
        "timeType": "Full time",
        "remoteType": "Hybrid",
        "jobReqId": req,
        "jobPostingId": f"Machine-Learning-Engineer_{req}",
        "jobPostingSiteId": "External_Careers",
        "country": {
            "descriptor": "United States of America",
            "id": "bc33aa3152ec42d4995f4791a106ed09",
        },
        "canApply": True,
        "externalUrl": f"https://acme.wd5.myworkdayjobs.com/External_Careers{path}",
    }
    posting_info.update(info)
    return {
        "jobPostingInfo": posting_info,
        "hiringOrganization": {"name": "Acme Robotics", "url": ""},
        "similarJobs": [],
    }


def listing(postings: list[dict], total: int | None = None) -> dict:
    return {
        "total": len(postings) if total is None else total,
        "jobPostings": postings,
        "facets": [{"facetParameter": "locations", "values": []}],
    }


def detail_file(req: str) -> str:
    return f"acme/External_Careers/job/Santa-Clara-CA/Machine-Learning-Engineer_{req}.json"


# The recorded-format fixture of the platform (tests/crawlers/test_platforms.py crawls it).
RECORDINGS = {
    "workday": Recording(
        BOARD,
        {
            "acme/External_Careers.json": listing([wd_posting("R1"), wd_posting("R2")]),
            detail_file("R1"): wd_detail("R1"),
            detail_file("R2"): wd_detail("R2"),
        },
        [wd_posting("R1")["externalPath"], wd_posting("R2")["externalPath"]],
        registry={"host": "wd5"},  # the real host's data centre; the mirror does not need it
    )
}


def test_a_posting_with_its_detail_becomes_one_raw_posting():
    posting, detail = wd_posting("R1"), wd_detail("R1")
    result = extract_posting(posting, json.dumps(detail), **META, company="Acme (registry)")
    assert not result.errors
    assert result.items == [
        {
            "source": "workday",
            "source_id": "/job/Santa-Clara-CA/Machine-Learning-Engineer_R1",
            "title": "Machine Learning Engineer",
            "board": BOARD,
            "url": "https://acme.wd5.myworkdayjobs.com/External_Careers"
            "/job/Santa-Clara-CA/Machine-Learning-Engineer_R1",
            "company": "Acme Robotics",
            "location_raw": "Santa Clara, CA; Austin, TX",
            "remote_raw": "Hybrid",
            "employment_type_raw": "Full time",
            "department_raw": None,
            "description_html": "<p>Train <b>LLMs</b> on GPUs.</p><ul><li>PyTorch</li></ul>",
            "description_text": "Train LLMs on GPUs.\nPyTorch",
            "salary_raw": None,
            "salary_structured": None,
            "posted_at_raw": "2026-11-06",
            "updated_at_raw": None,
            "fetched_at": "2026-11-10T08:00:00Z",
            "crawl_id": "workday-x",
            "payload": {"posting": posting, "detail": detail},
        }
    ]


@pytest.mark.parametrize(
    ("detail_body", "reason"),
    [
        (None, None),  # the detail request failed
        ("{broken", "malformed_json"),
        ("<html>Access denied</html>", "not_json"),
        ('{"jobPostingInfo": null}', "unexpected_shape"),
        ("[1, 2]", "unexpected_shape"),
    ],
)
def test_without_a_usable_detail_the_posting_keeps_what_the_list_gave(detail_body, reason):
    posting = wd_posting("R7", locationsText="2 Locations", remoteType="Remote")
    public = "https://acme.wd5.myworkdayjobs.com/External_Careers/job/x"
    result = extract_posting(posting, detail_body, **META, company="Acme", public_url=public)
    [item] = result.items
    assert (item["title"], item["company"], item["url"]) == (
        "Machine Learning Engineer",
        "Acme",
        public,
    )
    assert (item["location_raw"], item["remote_raw"]) == ("2 Locations", "Remote")
    assert (item["description_html"], item["posted_at_raw"]) == (None, "Posted 3 Days Ago")
    assert [e["reason"] for e in result.errors] == ([reason] if reason else [])


def test_a_list_page_keeps_good_entries_and_quarantines_the_rest():
    entries = [
        wd_posting("R1"),
        wd_posting("R2", title=None),  # no title
        wd_posting("R3", externalPath=""),  # no path
        wd_posting("R4", externalPath="https://evil.example/job/x"),  # not a path on the site
        wd_posting("R5", externalPath="/job/../../../cxs/other/site/jobs"),  # leaves the site
        "not an object",
    ]
    page = extract_list_page(json.dumps(listing(entries, total=40)), **META)
    assert [p["bulletFields"] for p in page.postings] == [["R1"]]
    assert (page.total, page.entries) == (40, 6)
    assert [e["reason"] for e in page.errors] == [
        "missing_required",
        "missing_required",
        "bad_record",
        "bad_record",
        "unexpected_shape",
    ]


@pytest.mark.parametrize(
    ("body", "total"),
    [
        (listing([wd_posting("R1")], total=0), None),  # a later page: total 0 means unknown
        (listing([], total=0), 0),  # an empty board
        ({"total": "12", "jobPostings": []}, None),
    ],
)
def test_the_total_is_only_a_stated_count(body, total):
    assert extract_list_page(json.dumps(body), **META).total == total


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "not_json"),
        (b'{"total": 3, "jobPostings": [', "malformed_json"),
        (b'{"errorCode": "S22", "message": "not found"}', "unexpected_shape"),
    ],
)
def test_unusable_list_bodies_fail_the_page(body, reason):
    page = extract_list_page(body, **META)
    assert page.page_failed
    assert [e["reason"] for e in page.errors] == [reason]


def record(root: Path, postings: list[dict], total: int | None = None, missing: tuple = ()) -> Path:
    files: dict[str, Any] = {"acme/External_Careers.json": listing(postings, total)}
    for posting in postings:
        req = posting["bulletFields"][0]
        if req not in missing:
            files[detail_file(req)] = wd_detail(req)
    return Recording(BOARD, files, []).write(root, "workday")


FAST = ["--set", "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_START_DELAY=0"]
FAST += ["--set", "RETRY_BACKOFF_BASE=0.05", "--set", "WORKDAY_PAGE_SIZE=2"]


def crawl(home: Path, srv: ReplayServer, *extra: str, check: bool = True) -> Any:
    args = [
        "crawl",
        "workday",
        "--board",
        BOARD,
        "--base-url",
        srv.base_url,
        "--week",
        "2026-11-09",
    ]
    return jobwatch_cli(home, *args, *FAST, *extra, check=check)


def test_crawl_pages_by_post_retries_a_500_and_keeps_a_posting_whose_detail_failed(tmp_path):
    postings = [wd_posting(f"R{i}") for i in range(1, 6)]
    root = record(tmp_path / "rec", postings, missing=("R4",))
    faults = {LIST_PATH: [{"status": 500, "when": {"offset": "2"}}]}
    with ReplayServer(root, faults=faults) as srv:
        proc = crawl(tmp_path, srv, "--out", str(tmp_path / "wd.jsonl"))
        list_hits = [s for _, path, s in srv.log if path == LIST_PATH]
    assert list_hits == [200, 500, 200, 200]  # offsets 0, 2 (500, then retried), 4
    items = read_jsonl(tmp_path / "wd.jsonl")
    assert sorted(i["source_id"].rsplit("_", 1)[1] for i in items) == ["R1", "R2", "R3", "R4", "R5"]
    r4 = next(i for i in items if i["source_id"].endswith("_R4"))
    assert (r4["description_text"], r4["location_raw"]) == (None, "Santa Clara, CA")
    assert all(i["description_text"] for i in items if i is not r4)
    [bad] = read_jsonl(tmp_path / "wd.quarantine.jsonl")
    assert (bad["reason"], bad["detail"]) == ("http_error", "HTTP 404")
    assert "partial" in proc.stdout
    assert (
        "posting /job/Santa-Clara-CA/Machine-Learning-Engineer_R4 detail: HTTP 404" in proc.stdout
    )


def test_paging_that_ends_before_the_total_is_partial_never_silently_short(tmp_path):
    root = record(tmp_path / "rec", [wd_posting(f"R{i}") for i in range(1, 4)], total=9)
    with ReplayServer(root) as srv:
        proc = crawl(tmp_path, srv)
        assert [s for _, path, s in srv.log if path == LIST_PATH] == [200, 200, 200]
    lake = next((tmp_path / "raw" / "source=workday").glob("week=2026-11-09/crawl=*"))
    assert len(read_jsonl(lake / "acme%2FExternal_Careers.jsonl")) == 3  # the token, encoded
    [run] = read_jsonl(lake / "_runs.jsonl")
    assert (run["board"], run["status"], run["items"]) == (BOARD, "partial", 3)
    assert (
        "paging ended early (an empty page at offset 3): 3 of total 9 postings read" in run["error"]
    )
    assert "partial" in proc.stdout


def test_the_real_host_needs_the_registry_host_a_mirror_does_not(tmp_path):
    proc = jobwatch_cli(tmp_path, "crawl", "workday", "--board", BOARD, check=False)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "workday board 'acme/External_Careers' needs host in the registry" in proc.stderr
    sources = tmp_path / "acme.yaml"
    sources.write_text(f"- {{company: Acme, platform: workday, board: {BOARD}, host: wd0}}\n")
    proc = jobwatch_cli(tmp_path, "crawl", "workday", "--sources-file", str(sources), check=False)
    assert "unknown workday host 'wd0' (the data centre of the board's host: wdN, e.g. wd1" in (
        proc.stderr
    )
    bad = jobwatch_cli(
        tmp_path,
        "crawl",
        "workday",
        "--board",
        "acme",
        "--base-url",
        "http://127.0.0.1:9",
        check=False,
    )
    assert "workday board 'acme' is not a valid workday board token ({tenant}/{site}" in bad.stderr


def test_a_detail_cut_off_on_every_attempt_keeps_the_posting_and_quarantines_the_cut(tmp_path):
    root = record(tmp_path / "rec", [wd_posting("R1"), wd_posting("R2")])
    cut = "/wday/cxs/acme/External_Careers/job/Santa-Clara-CA/Machine-Learning-Engineer_R2"
    with ReplayServer(root, faults={cut: {"truncate": 0.5, "repeat": True}}) as srv:
        crawl(tmp_path, srv, "--out", str(tmp_path / "wd.jsonl"))
        assert srv.hits[cut] == 4  # the first attempt and 3 retries
        cut_url = srv.base_url + cut
    items = {i["source_id"].rsplit("_", 1)[1]: i for i in read_jsonl(tmp_path / "wd.jsonl")}
    assert items["R2"]["description_text"] is None
    assert items["R1"]["description_text"] == "Train LLMs on GPUs.\nPyTorch"
    [bad] = read_jsonl(tmp_path / "wd.quarantine.jsonl")
    assert (bad["reason"], bad["url"]) == ("truncated", cut_url)
