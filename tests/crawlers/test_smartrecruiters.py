"""SmartRecruiters: list-page and detail extract tables; crawls paging to the end, with faults."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from jobwatch.crawlers.extract.smartrecruiters import extract_list_page, extract_posting
from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.run import crawl_in_subprocess
from tests.crawlers.conftest import FAST, WEEK, read_jsonl
from tests.crawlers.recording import Recording

if TYPE_CHECKING:
    from pathlib import Path

META = {
    "board": "acme",
    "url": "https://api.smartrecruiters.com/v1/companies/acme/postings",
    "fetched_at": "2026-11-10T08:00:00Z",
    "crawl_id": "sr-x",
}


def sr_posting(pid: str = "7440001", name: str | None = "ML Engineer", **extra: Any) -> dict:
    """One entry of `/v1/companies/{id}/postings` (written for the project)."""
    posting: dict[str, Any] = {
        "id": pid,
        "name": name,
        "uuid": f"uuid-{pid}",
        "refNumber": f"REF{pid[-3:]}",
        "company": {"identifier": "AcmeCorp1", "name": "Acme Corp"},
        "releasedDate": "2026-10-27T14:03:11.000Z",
        "location": {
            "city": "Austin",
            "region": "TX",
            "country": "us",
            "remote": False,
            "hybrid": False,
            "fullLocation": "Austin, TX, United States",
        },
        "industry": {"id": "it", "label": "Information Technology"},
        "department": {},
        "function": {"id": "engineering", "label": "Engineering"},
        "typeOfEmployment": {"id": "permanent", "label": "Full-time"},
        "experienceLevel": {"id": "mid_senior_level", "label": "Mid-Senior Level"},
        "customField": [],
        "visibility": "PUBLIC",
        "ref": f"https://api.smartrecruiters.com/v1/companies/AcmeCorp1/postings/{pid}",
        "language": {"code": "en", "label": "English"},
    }
    posting.update(extra)
    if name is None:
        del posting["name"]
    return posting


def sr_detail(pid: str = "7440001", **sections: str) -> dict:
    sections = sections or {"jobDescription": "<p>Train <b>LLMs</b>.</p>"}
    return {
        "id": pid,
        "postingUrl": f"https://jobs.smartrecruiters.com/AcmeCorp1/{pid}-ml-engineer",
        "jobAd": {
            "sections": {
                key: {"title": key.title(), "text": text} for key, text in sections.items()
            }
        },
    }


def test_a_posting_with_its_detail_becomes_one_raw_posting():
    posting, detail = (
        sr_posting(),
        sr_detail(
            companyDescription="<p>We sell.</p>",
            jobDescription="<p>Train <b>LLMs</b>.</p>",
            qualifications="",
        ),
    )
    result = extract_posting(posting, json.dumps(detail), **META)
    assert not result.errors
    assert result.items == [
        {
            "source": "smartrecruiters",
            "source_id": "7440001",
            "title": "ML Engineer",
            "board": "acme",
            "url": "https://jobs.smartrecruiters.com/AcmeCorp1/7440001-ml-engineer",
            "company": "Acme Corp",
            "location_raw": "Austin, TX, United States",
            "remote_raw": None,
            "employment_type_raw": "Full-time",
            "department_raw": "Engineering",
            "description_html": "<h3>Companydescription</h3>\n<p>We sell.</p>\n"
            "<h3>Jobdescription</h3>\n<p>Train <b>LLMs</b>.</p>",
            "description_text": "Companydescription\nWe sell.\nJobdescription\nTrain LLMs.",
            "salary_raw": None,
            "salary_structured": None,
            "posted_at_raw": "2026-10-27T14:03:11.000Z",
            "updated_at_raw": None,
            "fetched_at": "2026-11-10T08:00:00Z",
            "crawl_id": "sr-x",
            "payload": {"posting": posting, "detail": detail},
        }
    ]


@pytest.mark.parametrize(
    ("detail_body", "reason", "url"),
    [
        (None, None, "https://jobs.smartrecruiters.com/AcmeCorp1/7440001"),  # detail failed
        ("{broken", "malformed_json", "https://jobs.smartrecruiters.com/AcmeCorp1/7440001"),
        (
            "<html>Access denied</html>",
            "not_json",
            "https://jobs.smartrecruiters.com/AcmeCorp1/7440001",
        ),
        ("[1, 2]", "unexpected_shape", "https://jobs.smartrecruiters.com/AcmeCorp1/7440001"),
    ],
)
def test_a_failed_detail_keeps_the_posting_without_a_description(detail_body, reason, url):
    result = extract_posting(sr_posting(), detail_body, **META)
    assert [e["reason"] for e in result.errors] == ([reason] if reason else [])
    (item,) = result.items
    assert (item["source_id"], item["url"], item["description_html"]) == ("7440001", url, None)


@pytest.mark.parametrize(
    ("extra", "field", "expected"),
    [
        ({"location": {"city": "Remote", "remote": True, "country": "de"}}, "remote_raw", "Remote"),
        (
            {"location": {"city": "Remote", "remote": True, "country": "de"}},
            "location_raw",
            "Remote, de",
        ),
        ({"location": {"city": "Lyon", "hybrid": True}}, "remote_raw", "Hybrid"),
        ({"department": {"id": "1", "label": "AI Research"}}, "department_raw", "AI Research"),
        ({"company": {"identifier": "X"}}, "company", None),
    ],
)
def test_summary_fields(extra, field, expected):
    assert extract_posting(sr_posting(**extra), None, **META).items[0][field] == expected


def test_list_page_keeps_the_paging_figures_and_quarantines_bad_entries():
    entries = [sr_posting("1"), sr_posting("2", name=None), "x", sr_posting("3")]
    body = json.dumps({"offset": 100, "limit": 100, "totalFound": 250, "content": entries})
    page = extract_list_page(body, **META)
    assert [p["id"] for p in page.postings] == ["1", "3"]
    assert not page.items
    assert (page.offset, page.total, page.entries, page.page_failed) == (100, 250, 4, False)
    assert [e["reason"] for e in page.errors] == ["missing_required", "unexpected_shape"]


# ---- crawls against the replay server ----------------------------------------------------------


def record_company(root: Path, token: str, count: int, total: int | None = None) -> None:
    """The full postings list (emulated paging serves it page by page) and one detail each."""
    week = root / "smartrecruiters" / f"week={WEEK.isoformat()}"
    (week / token).mkdir(parents=True, exist_ok=True)
    postings = [sr_posting(f"{token}-{n}", f"Engineer {n}") for n in range(count)]
    listing = {"totalFound": count if total is None else total, "content": postings}
    (week / f"{token}.json").write_text(json.dumps(listing), encoding="utf-8")
    for posting in postings:
        detail = sr_detail(posting["id"])
        (week / token / f"{posting['id']}.json").write_text(json.dumps(detail), encoding="utf-8")


@pytest.fixture
def sr_root(tmp_path: Path) -> Path:
    root = tmp_path / "rec"
    record_company(root, "acme", 7)
    record_company(root, "beta", 2)
    record_company(root, "short", 5, total=9)  # the API claims 9 but pages end after 5
    return root


@pytest.fixture
def sr_sources(tmp_path: Path) -> Path:
    path = tmp_path / "sources.yaml"
    lines = [
        f"- {{company: {b}, platform: smartrecruiters, board: {b}}}"
        for b in ("acme", "beta", "short", "gone")
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def sr_crawl(srv: ReplayServer, boards: list[str], tmp_path: Path, sources: Path):
    settings = {**FAST, "SMARTRECRUITERS_PAGE_SIZE": 3}
    return crawl_in_subprocess(
        "smartrecruiters",
        boards,
        week=WEEK,
        base_url=srv.base_url,
        home=tmp_path / "home",
        sources_file=sources,
        settings=settings,
    )


def ids(result: Any, board: str) -> list[str]:
    assert result.crawl_dir is not None
    return sorted(r["source_id"] for r in read_jsonl(result.crawl_dir / f"{board}.jsonl"))


def rows(result: Any) -> dict[str, dict]:
    return {row["board"]: row for row in result.runs}


def test_pages_to_the_end_and_fetches_every_detail(sr_root, sr_sources, tmp_path):
    with ReplayServer(sr_root) as srv:
        result = sr_crawl(srv, ["acme", "beta", "gone"], tmp_path, sr_sources)
        pages = [p for p in srv.log if p[1] == "/v1/companies/acme/postings"]
    assert ids(result, "acme") == [f"acme-{n}" for n in range(7)]
    assert len(pages) == 3
    item = read_jsonl(result.crawl_dir / "acme.jsonl")[0]
    assert item["description_text"] == "Jobdescription\nTrain LLMs."
    acme, beta, gone = (rows(result)[b] for b in ("acme", "beta", "gone"))
    assert (acme["status"], acme["items"], acme["requests"]) == ("ok", 7, 3 + 7)
    assert (beta["status"], beta["items"], beta["requests"]) == ("ok", 2, 1 + 2)
    assert (gone["status"], gone["stale_slug"]) == ("failed", True)


def test_pagination_that_ends_early_is_partial_never_silently_short(sr_root, sr_sources, tmp_path):
    with ReplayServer(sr_root) as srv:
        result = sr_crawl(srv, ["short"], tmp_path, sr_sources)
    row = rows(result)["short"]
    assert ids(result, "short") == [f"short-{n}" for n in range(5)]
    assert (row["status"], row["items"]) == ("partial", 5)
    assert "paging ended early (an empty page at offset 5): 5 of totalFound 9" in row["error"]


def test_500_on_page_two_is_retried_and_the_board_completes(sr_root, sr_sources, tmp_path):
    faults = {"acme": [{"status": 500, "when": {"offset": "3"}}]}
    with ReplayServer(sr_root, faults=faults) as srv:
        result = sr_crawl(srv, ["acme"], tmp_path, sr_sources)
    row = rows(result)["acme"]
    assert ids(result, "acme") == [f"acme-{n}" for n in range(7)]
    assert (row["status"], row["http_status"]) == ("ok", {"200": 10, "500": 1})


def test_a_malformed_page_is_quarantined_and_the_board_partial(sr_root, sr_sources, tmp_path):
    faults = {
        "acme": [
            {"body": '{"totalFound": 7, "content": [', "repeat": True, "when": {"offset": "3"}}
        ]
    }
    with ReplayServer(sr_root, faults=faults) as srv:
        result = sr_crawl(srv, ["acme", "beta"], tmp_path, sr_sources)
    acme, beta = rows(result)["acme"], rows(result)["beta"]
    assert ids(result, "acme") == ["acme-0", "acme-1", "acme-2"]  # page 1 kept, with details
    assert (acme["status"], acme["parse_errors"], acme["quarantined"]) == ("partial", 1, 1)
    assert "malformed_json" in acme["error"]
    assert (beta["status"], beta["items"]) == ("ok", 2)  # other boards unaffected
    (line,) = read_jsonl(result.crawl_dir / "_quarantine.jsonl")
    assert (line["reason"], line["body"]) == ("malformed_json", '{"totalFound": 7, "content": [')


def test_a_detail_failing_for_good_keeps_the_posting_and_marks_partial(
    sr_root, sr_sources, tmp_path
):
    faults = {"/v1/companies/beta/postings/beta-1": [{"status": 500, "repeat": True}]}
    with ReplayServer(sr_root, faults=faults) as srv:
        result = sr_crawl(srv, ["beta"], tmp_path, sr_sources)
    row = rows(result)["beta"]
    items = {r["source_id"]: r for r in read_jsonl(result.crawl_dir / "beta.jsonl")}
    assert sorted(items) == ["beta-0", "beta-1"]
    assert items["beta-1"]["description_html"] is None
    assert row["status"] == "partial"
    assert "posting beta-1 detail: HTTP 500" in row["error"]


def test_the_request_budget_holds_for_details_too(sr_root, sr_sources, tmp_path):
    settings = {
        **FAST,
        "SMARTRECRUITERS_PAGE_SIZE": 3,
        "SOURCE_REQUEST_BUDGET": {"smartrecruiters": 4},
    }
    with ReplayServer(sr_root) as srv:
        result = crawl_in_subprocess(
            "smartrecruiters",
            ["acme"],
            week=WEEK,
            base_url=srv.base_url,
            home=tmp_path / "home",
            sources_file=sr_sources,
            settings=settings,
        )
        served = sum(srv.hits.values())
    row = rows(result)["acme"]
    assert served == row["requests"] == 4
    assert row["status"] == "partial"
    assert "request budget of 4 exhausted" in row["error"]


# The recorded-format fixture of the platform (tests/crawlers/test_platforms.py crawls it): the
# list (paged by the replay server) and one detail per posting.
RECORDINGS = {
    "smartrecruiters": Recording(
        "acme",
        {
            "acme.json": {"totalFound": 2, "content": [sr_posting("1"), sr_posting("2")]},
            "acme/1.json": sr_detail("1"),
            "acme/2.json": sr_detail("2"),
        },
        ["1", "2"],
    )
}
