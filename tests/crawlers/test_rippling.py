"""Rippling: list-row and detail extract tables; `jobwatch crawl rippling` against the replay server
with a retried 500, a job listed once per place, a failing detail and a malformed list.

The bodies are written for the project in the shapes of the public board API as open-source
clients read them: rows `{uuid, name, url, department: {id, label}, workLocation: {id, label}}`,
one per (job, place), and details with `description: {role, company}`, `workLocations`,
`employmentType: {label, id}`, `createdOn`, `companyName` and `payRangeDetails` bands
`{location, currency, frequency, rangeStart, rangeEnd, isRemote}` (headstart's and winnow's Rippling
scrapers and their tests, measured against live boards in 2026).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.spiders.rippling import extract_list, extract_posting
from tests.crawlers.cli_crawl import crawl_cli, crawl_dir
from tests.crawlers.conftest import read_jsonl
from tests.crawlers.recording import Recording

BOARD = "acme"
LIST_PATH = "/platform/api/ats/v1/board/acme/jobs"
META = {
    "board": BOARD,
    "url": "https://api.rippling.com/platform/api/ats/v1/board/acme/jobs",
    "fetched_at": "2026-11-10T08:00:00Z",
    "crawl_id": "rippling-x",
}
UUIDS = [f"7f0c2a1e-0000-4000-8000-00000000000{n}" for n in range(10)]


def rp_row(
    n: int, place: str = "Austin, TX", name: str | None = "ML Engineer", **extra: Any
) -> dict:
    """One row of the board list (one per job and place)."""
    row: dict[str, Any] = {
        "uuid": UUIDS[n],
        "name": name,
        "department": {"id": "Engineering", "label": "Engineering"},
        "url": f"https://ats.rippling.com/acme/jobs/{UUIDS[n]}",
        "workLocation": {"id": place, "label": place},
    }
    row.update(extra)
    if name is None:
        del row["name"]
    return row


def rp_detail(n: int, **extra: Any) -> dict:
    """A job's detail body."""
    detail: dict[str, Any] = {
        "uuid": UUIDS[n],
        "name": "ML Engineer",
        "url": f"https://ats.rippling.com/acme/jobs/{UUIDS[n]}",
        "companyName": "Acme Robotics ",
        "description": {
            "company": "<p>Acme builds robots.</p>",
            "role": "<p>Train <b>models</b>.</p><ul><li>PyTorch</li></ul>",
        },
        "workLocations": ["Austin, TX", "Remote (United States)"],
        "department": {"name": "Engineering", "base_department": "R&D"},
        "employmentType": {"label": "SALARIED_FT", "id": "Salaried, full-time"},
        "createdOn": "2026-11-02T17:05:11.482000-07:00",
        "payRangeDetails": [
            {
                "location": "Austin, TX",
                "currency": "USD",
                "frequency": "YEAR",
                "rangeStart": 150000,
                "rangeEnd": 190000,
                "isRemote": False,
            }
        ],
    }
    detail.update(extra)
    return detail


# The recorded-format fixture of the platform (tests/crawlers/test_platforms.py crawls it).
RECORDINGS = {
    "rippling": Recording(
        BOARD,
        {
            "acme.json": [rp_row(0), rp_row(0, "Remote (United States)"), rp_row(1)],
            f"acme/{UUIDS[0]}.json": rp_detail(0),
            f"acme/{UUIDS[1]}.json": rp_detail(1),
        },
        [UUIDS[0], UUIDS[1]],
    )
}


def test_a_row_with_its_detail_becomes_one_raw_posting():
    row, detail = rp_row(0), rp_detail(0)
    result = extract_posting(row, json.dumps(detail), **META, company="Acme (registry)")
    assert not result.errors
    assert result.items == [
        {
            "source": "rippling",
            "source_id": UUIDS[0],
            "title": "ML Engineer",
            "board": BOARD,
            "url": f"https://ats.rippling.com/acme/jobs/{UUIDS[0]}",
            "company": "Acme Robotics",
            "location_raw": "Austin, TX",
            "remote_raw": None,
            "employment_type_raw": "SALARIED_FT",
            "department_raw": "Engineering",
            "description_html": "<p>Train <b>models</b>.</p><ul><li>PyTorch</li></ul>\n"
            "<p>Acme builds robots.</p>",
            "description_text": "Train models.\nPyTorch\nAcme builds robots.",
            "salary_raw": "150000 - 190000 USD YEAR (Austin, TX)",
            "salary_structured": {
                "min": 150000,
                "max": 190000,
                "currency": "USD",
                "period": "YEAR",
            },
            "posted_at_raw": "2026-11-02T17:05:11.482000-07:00",
            "updated_at_raw": None,
            "fetched_at": "2026-11-10T08:00:00Z",
            "crawl_id": "rippling-x",
            "payload": {"posting": row, "detail": detail},
        }
    ]


@pytest.mark.parametrize(
    ("detail_body", "reason"),
    [
        (None, None),  # the detail request failed
        ("{broken", "malformed_json"),
        ("<html>Just a moment...</html>", "not_json"),
        ('{"error_code": "RESOURCE_NOT_FOUND", "message": "Job not found"}', "unexpected_shape"),
    ],
)
def test_without_a_usable_detail_the_posting_keeps_what_the_row_gave(detail_body, reason):
    row = rp_row(3, "Remote (Canada)")
    result = extract_posting(row, detail_body, **META, company="Acme")
    [item] = result.items
    assert (item["title"], item["company"], item["url"]) == (
        "ML Engineer",
        "Acme",
        f"https://ats.rippling.com/acme/jobs/{UUIDS[3]}",
    )
    assert (item["location_raw"], item["remote_raw"], item["department_raw"]) == (
        "Remote (Canada)",
        "Remote",
        "Engineering",
    )
    assert (item["description_html"], item["salary_structured"], item["posted_at_raw"]) == (
        None,
        None,
        None,
    )
    assert [e["reason"] for e in result.errors] == ([reason] if reason else [])


@pytest.mark.parametrize(
    ("label", "mode"),
    [
        ("Remote (United States)", "Remote"),
        ("Hybrid (Toronto, ON, CA)", "Hybrid"),
        ("On-site (New York, NY)", "On-site"),
        ("Onsite (Berlin, DE)", "Onsite"),
        ("Austin, TX", None),
        ("Remoteville, TX", None),  # a place named like a mode is no mode
        ("Taipei (Remote)", None),  # only a leading mode is the board's; the text is the pipeline's
    ],
)
def test_the_work_mode_leads_a_place_label(label, mode):
    [item] = extract_posting(rp_row(2, label), None, **META).items
    assert (item["location_raw"], item["remote_raw"]) == (label, mode)


@pytest.mark.parametrize(
    ("bands", "structured", "raw"),
    [
        ([], None, None),
        (
            [
                {
                    "location": "Austin, TX",
                    "currency": "USD",
                    "frequency": "YEAR",
                    "rangeStart": 150000,
                    "rangeEnd": 190000,
                },
                {
                    "location": "New York, NY",
                    "currency": "USD",
                    "frequency": "YEAR",
                    "rangeStart": 170000,
                    "rangeEnd": 210000,
                },
            ],
            {"min": 150000, "max": 210000, "currency": "USD", "period": "YEAR"},
            "150000 - 190000 USD YEAR (Austin, TX); 170000 - 210000 USD YEAR (New York, NY)",
        ),
        (  # another currency's band is never folded into the first band's span
            [
                {"currency": "USD", "frequency": "YEAR", "rangeStart": 160000, "rangeEnd": 200000},
                {"currency": "CAD", "frequency": "YEAR", "rangeStart": 155000, "rangeEnd": 240000},
            ],
            {"min": 160000, "max": 200000, "currency": "USD", "period": "YEAR"},
            "160000 - 200000 USD YEAR; 155000 - 240000 CAD YEAR",
        ),
        (  # an hourly band stays hourly: 18 to 25 is not an 18K salary
            [{"currency": "USD", "frequency": "HOUR", "rangeStart": 18, "rangeEnd": 25}],
            {"min": 18, "max": 25, "currency": "USD", "period": "HOUR"},
            "18 - 25 USD HOUR",
        ),
    ],
)
def test_pay_bands_as_stated(bands, structured, raw):
    body = json.dumps(rp_detail(4, payRangeDetails=bands))
    [item] = extract_posting(rp_row(4), body, **META).items
    assert (item["salary_structured"], item["salary_raw"]) == (structured, raw)


def test_a_list_keeps_good_rows_and_quarantines_the_rest():
    rows = [
        rp_row(1),
        rp_row(2, name=None),
        rp_row(3, uuid=""),
        rp_row(4, uuid="../../other-board/jobs"),  # would leave the board in the detail path
        "not an object",
    ]
    page = extract_list(json.dumps(rows), **META)
    assert [p["uuid"] for p in page.postings] == [UUIDS[1]]
    assert (page.total, page.entries) == (None, 5)
    assert [e["reason"] for e in page.errors] == [
        "missing_required",
        "missing_required",
        "bad_record",
        "unexpected_shape",
    ]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "not_json"),
        (b'[{"uuid": "a", "name": "x"', "malformed_json"),
        (
            b'{"error_code": "RESOURCE_NOT_FOUND", "message": "Job Board not found"}',
            "unexpected_shape",
        ),
    ],
)
def test_unusable_list_bodies_fail_the_page(body, reason):
    page = extract_list(body, **META)
    assert page.page_failed
    assert [e["reason"] for e in page.errors] == [reason]


def test_crawl_retries_a_500_merges_a_job_listed_per_place_and_keeps_a_failed_detail(tmp_path):
    rows = [rp_row(0), rp_row(1), rp_row(0, "Remote (United States)"), rp_row(2, "Denver, CO")]
    files: dict[str, Any] = {"acme.json": rows, "broken.json": '[{"uuid": "x", "name": "cut'}
    files |= {f"acme/{UUIDS[n]}.json": rp_detail(n) for n in (0, 2)}  # job 1's detail: 404
    root = Recording(BOARD, files, []).write(tmp_path / "rec", "rippling")
    with ReplayServer(root, faults={LIST_PATH: [{"status": 500}]}) as srv:
        proc = crawl_cli(
            tmp_path, "rippling", "acme", srv.base_url, "--board", "broken", check=False
        )
        assert [s for _, path, s in srv.log if path == LIST_PATH] == [500, 200]
        detail_paths = [path for _, path, _ in srv.log if path.startswith(LIST_PATH + "/")]
    assert sorted(detail_paths) == sorted(f"{LIST_PATH}/{UUIDS[n]}" for n in (0, 1, 2))
    written = crawl_dir(tmp_path, "rippling")
    items = {i["source_id"]: i for i in read_jsonl(written / "acme.jsonl")}
    assert sorted(items) == [UUIDS[0], UUIDS[1], UUIDS[2]]  # job 0 once, with both places
    assert items[UUIDS[0]]["location_raw"] == "Austin, TX; Remote (United States)"
    assert items[UUIDS[0]]["remote_raw"] == "Remote"
    assert items[UUIDS[0]]["description_text"] == "Train models.\nPyTorch\nAcme builds robots."
    kept = items[UUIDS[1]]  # its detail failed: what the row gave
    assert (kept["location_raw"], kept["description_text"], kept["salary_structured"]) == (
        "Austin, TX",
        None,
        None,
    )
    bad = {(q["board"], q["reason"]) for q in read_jsonl(written / "_quarantine.jsonl")}
    assert bad == {("acme", "http_error"), ("broken", "malformed_json")}
    runs = {r["board"]: r for r in read_jsonl(written / "_runs.jsonl")}
    assert (runs["acme"]["status"], runs["acme"]["items"]) == ("partial", 3)
    assert f"posting {UUIDS[1]} detail: HTTP 404" in runs["acme"]["error"]
    assert (runs["broken"]["status"], runs["broken"]["items"]) == ("failed", 0)
    assert "malformed_json" in runs["broken"]["error"]
    assert proc.returncode == 1  # a failed board fails the crawl, with no traceback
    assert "Traceback" not in proc.stderr


def test_the_list_of_a_board_is_one_request_whatever_its_length(tmp_path):
    """Rippling gives the whole board at once: no paging request follows a long list."""
    rows = [rp_row(n % 10, f"City {n}, TX") for n in range(25)]
    files: dict[str, Any] = {"acme.json": rows}
    files |= {f"acme/{UUIDS[n]}.json": rp_detail(n) for n in range(10)}
    root = Recording(BOARD, files, []).write(tmp_path / "rec", "rippling")
    with ReplayServer(root) as srv:
        crawl_cli(tmp_path, "rippling", "acme", srv.base_url)
        assert srv.hits[LIST_PATH] == 1
        assert sum(n for path, n in srv.hits.items() if path.startswith(LIST_PATH + "/")) == 10
    items = read_jsonl(crawl_dir(tmp_path, "rippling") / "acme.jsonl")
    assert len(items) == 10
    assert all(len(i["location_raw"].split("; ")) in (2, 3) for i in items)
