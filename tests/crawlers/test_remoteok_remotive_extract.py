"""RemoteOK and Remotive extract: recorded-format bodies in, exact RawPosting fields out."""

from __future__ import annotations

import json

import pytest

from jobwatch.crawlers.extract import remoteok, remotive
from jobwatch.crawlers.items import RAW_FIELDS
from tests.crawlers.board_fixtures import LEGAL, remoteok_job, remotive_body, remotive_job

CTX = {"fetched_at": "2026-11-10T08:00:00Z", "crawl_id": "remoteok-20261110T080000Z-abc123"}


def ok(jobs: list) -> remoteok.ExtractResult:
    url = "https://remoteok.com/api"
    return remoteok.extract_jobs(json.dumps([LEGAL, *jobs]), board="remoteok", url=url, **CTX)


def test_remoteok_full_record_skips_the_notice_and_keeps_the_attribution_link():
    job = remoteok_job(1136400)
    result = ok([job])
    assert result.errors == []
    assert not result.page_failed
    assert result.items == [
        {
            "source": "remoteok",
            "source_id": "1136400",
            "title": "Machine Learning Engineer",
            "board": "remoteok",
            "url": "https://remoteOK.com/remote-jobs/remote-ml-engineer-lumen-1136400",
            "company": "Lumen Forge",
            "location_raw": "Lisbon",
            "remote_raw": "remote",
            "employment_type_raw": None,
            "department_raw": None,
            "description_html": "<p>Train &amp; ship models.</p><ul><li>PyTorch</li></ul>",
            "description_text": "Train & ship models.\nPyTorch",
            "salary_raw": "120,000 - 160,000 USD per year",
            "salary_structured": {
                "min": 120000.0,
                "max": 160000.0,
                "currency": "USD",
                "period": "year",
            },
            "posted_at_raw": "2026-11-08T10:20:00+00:00",
            "updated_at_raw": None,
            "fetched_at": "2026-11-10T08:00:00Z",
            "crawl_id": "remoteok-20261110T080000Z-abc123",
            "payload": job,
        }
    ]
    assert set(result.items[0]) == set(RAW_FIELDS)


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (0, 0, None),  # the real API's "not given"
        (0, 90000, {"min": None, "max": 90000.0, "currency": "USD", "period": "year"}),
        (70000, 0, {"min": 70000.0, "max": None, "currency": "USD", "period": "year"}),
        ("", None, None),
        ("85000", "95000", {"min": 85000.0, "max": 95000.0, "currency": "USD", "period": "year"}),
    ],
)
def test_remoteok_zero_salary_means_not_given(low, high, expected):
    item = ok([remoteok_job(1, salary_min=low, salary_max=high)]).items[0]
    assert item["salary_structured"] == expected
    assert (item["salary_raw"] is None) == (expected is None)


@pytest.mark.parametrize(
    ("extra", "field", "expected"),
    [
        ({"location": ""}, "location_raw", None),
        ({"location": "Worldwide"}, "location_raw", "Worldwide"),
        ({"date": None, "epoch": 1794150000}, "posted_at_raw", "2026-11-08T15:00:00Z"),
        ({"url": None}, "url", "https://remoteOK.com/remote-jobs/remote-ml-engineer-lumen-7"),
        ({"position": "ML &amp; Data Engineer"}, "title", "ML & Data Engineer"),
        ({"company": "R&amp;D Co"}, "company", "R&D Co"),
    ],
)
def test_remoteok_field_variants(extra, field, expected):
    assert ok([remoteok_job(7, **extra)]).items[0][field] == expected


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("<!DOCTYPE html><html>Just a moment...</html>", "not_json"),  # a CDN challenge page
        ('[{"legal": "x"}, {"id": "1", "position": "ML', "malformed_json"),
        ('{"jobs": []}', "unexpected_shape"),
    ],
)
def test_remoteok_unusable_body_fails_the_page(body, reason):
    result = remoteok.extract_jobs(body, board="remoteok", url="u", **CTX)
    assert result.page_failed
    assert result.items == []
    assert [e["reason"] for e in result.errors] == [reason]


def test_remoteok_bad_records_are_quarantined_and_the_rest_read():
    result = ok([remoteok_job(1), remoteok_job(2, position=""), {"id": None, "position": "x"}, 5])
    assert [i["source_id"] for i in result.items] == ["1"]
    assert [(e["reason"], e["detail"]) for e in result.errors] == [
        ("missing_required", "missing title"),
        ("missing_required", "missing id"),
        ("unexpected_shape", "a posting is a int, not an object"),
    ]


def rv(jobs: list) -> remotive.ExtractResult:
    url = "https://remotive.com/api/remote-jobs"
    return remotive.extract_jobs(remotive_body(jobs), board="remotive", url=url, **CTX)


def test_remotive_full_record():
    job = remotive_job(1902233)
    assert rv([job]).items == [
        {
            "source": "remotive",
            "source_id": "1902233",
            "title": "Data Scientist",
            "board": "remotive",
            "url": "https://remotive.com/remote-jobs/data/data-scientist-1902233",
            "company": "Quarry Labs",
            "location_raw": "USA, Canada",
            "remote_raw": "remote",
            "employment_type_raw": "Full-time",
            "department_raw": "Data",
            "description_html": "<p>Model churn with <b>SQL</b> and Python.</p>",
            "description_text": "Model churn with SQL and Python.",
            "salary_raw": "$130k - $150k",
            "salary_structured": None,
            "posted_at_raw": "2026-11-06T09:14:02",
            "updated_at_raw": None,
            "fetched_at": "2026-11-10T08:00:00Z",
            "crawl_id": "remoteok-20261110T080000Z-abc123",
            "payload": job,
        }
    ]


@pytest.mark.parametrize(
    ("extra", "field", "expected"),
    [
        ({"job_type": "contract"}, "employment_type_raw", "Contract"),
        ({"job_type": "seasonal"}, "employment_type_raw", "seasonal"),  # unknown codes kept
        ({"job_type": ""}, "employment_type_raw", None),
        ({"salary": ""}, "salary_raw", None),
        ({"candidate_required_location": "Worldwide"}, "location_raw", "Worldwide"),
        ({"title": "Sr. Data Scientist &amp; Analyst"}, "title", "Sr. Data Scientist & Analyst"),
    ],
)
def test_remotive_field_variants(extra, field, expected):
    assert rv([remotive_job(3, **extra)]).items[0][field] == expected


def test_remotive_wrong_shape_and_bad_records():
    bad = remotive.extract_jobs('{"job-count": 0}', board="remotive", url="u", **CTX)
    assert bad.page_failed
    assert bad.errors[0]["reason"] == "unexpected_shape"
    result = rv([remotive_job(1), remotive_job(2, title=None)])
    assert [i["source_id"] for i in result.items] == ["1"]
    assert [e["reason"] for e in result.errors] == ["missing_required"]
