"""Ashby: extract table over jobs shaped like the real job-board API (with compensation)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from jobwatch.crawlers.extract.ashby import extract_jobs
from tests.crawlers.recording import Recording

META = {
    "board": "acme",
    "url": "https://api.ashbyhq.com/posting-api/job-board/acme",
    "fetched_at": "2026-11-10T08:00:00Z",
    "crawl_id": "ashby-x",
}
SALARY = {
    "compensationType": "Salary",
    "interval": "1 YEAR",
    "currencyCode": "USD",
    "minValue": 200000,
    "maxValue": 250000,
}
EQUITY = {
    "compensationType": "EquityPercentage",
    "interval": "NONE",
    "currencyCode": None,
    "minValue": 0.1,
    "maxValue": 0.25,
}


def compensation(*components: dict, summary: str | None = "$200K – $250K • Offers Equity") -> dict:
    return {
        "compensationTierSummary": summary,
        "scrapeableCompensationSalarySummary": "$200K - $250K" if summary else None,
        "compensationTiers": [
            {
                "id": "t1",
                "tierSummary": summary,
                "title": "Zone A",
                "components": [dict(c, id="c", summary="x") for c in components],
            }
        ],
        "summaryComponents": list(components),
    }


def ashby_job(jid: str = "5e0c-aa", title: str | None = "AI Engineer", **extra: Any) -> dict:
    """One job as `/posting-api/job-board/{org}?includeCompensation=true` lists it."""
    job: dict[str, Any] = {
        "id": jid,
        "title": title,
        "department": "Engineering",
        "team": "Applied AI",
        "employmentType": "FullTime",
        "location": "San Francisco",
        "secondaryLocations": [
            {"location": "New York", "address": {"postalAddress": {"addressCountry": "USA"}}}
        ],
        "publishedAt": "2026-10-30T17:01:02.123+00:00",
        "isListed": True,
        "isRemote": False,
        "workplaceType": "Hybrid",
        "address": {"postalAddress": {"addressLocality": "San Francisco", "addressCountry": "USA"}},
        "jobUrl": f"https://jobs.ashbyhq.com/acme/{jid}",
        "applyUrl": f"https://jobs.ashbyhq.com/acme/{jid}/application",
        "descriptionHtml": "<p>Build agents.</p><ul><li>LLMs</li></ul>",
        "descriptionPlain": "Build agents.\n- LLMs",
        "shouldDisplayCompensationOnJobPostings": True,
        "compensation": compensation(SALARY, EQUITY),
    }
    job.update(extra)
    if title is None:
        del job["title"]
    return job


def one(job: dict, company: str | None = "Acme AI") -> dict:
    result = extract_jobs(json.dumps({"apiVersion": "1", "jobs": [job]}), company=company, **META)
    assert not result.errors
    assert len(result.items) == 1
    return result.items[0]


def test_a_full_job_becomes_one_raw_posting_with_its_verbatim_payload():
    job = ashby_job()
    assert one(job) == {
        "source": "ashby",
        "source_id": "5e0c-aa",
        "title": "AI Engineer",
        "board": "acme",
        "url": "https://jobs.ashbyhq.com/acme/5e0c-aa",
        "company": "Acme AI",
        "location_raw": "San Francisco; New York",
        "remote_raw": "Hybrid",
        "employment_type_raw": "FullTime",
        "department_raw": "Engineering / Applied AI",
        "description_html": "<p>Build agents.</p><ul><li>LLMs</li></ul>",
        "description_text": "Build agents.\n- LLMs",
        "salary_raw": "$200K – $250K • Offers Equity",
        "salary_structured": {"min": 200000, "max": 250000, "currency": "USD", "period": "1 YEAR"},
        "posted_at_raw": "2026-10-30T17:01:02.123+00:00",
        "updated_at_raw": None,
        "fetched_at": "2026-11-10T08:00:00Z",
        "crawl_id": "ashby-x",
        "payload": job,
    }


HOURLY = dict(SALARY, interval="1 HOUR", minValue=55, maxValue=70)


@pytest.mark.parametrize(
    ("extra", "field", "expected"),
    [
        # equity first in the list: still the salary component, never the equity percentage
        (
            {"compensation": compensation(EQUITY, HOURLY)},
            "salary_structured",
            {"min": 55, "max": 70, "currency": "USD", "period": "1 HOUR"},
        ),
        ({"compensation": compensation(EQUITY)}, "salary_structured", None),  # trap: equity only
        ({"compensation": compensation(summary=None)}, "salary_raw", None),  # the real empty shape
        ({"compensation": None}, "salary_structured", None),
        (
            {
                "compensation": compensation(summary=None)
                | {"scrapeableCompensationSalarySummary": "€90K – €110K"}
            },
            "salary_raw",
            "€90K – €110K",
        ),
        ({"workplaceType": None, "isRemote": True}, "remote_raw", "Remote"),
        ({"workplaceType": None, "isRemote": False}, "remote_raw", None),
        (
            {"workplaceType": "Remote", "location": "Remote: United States"},
            "location_raw",
            "Remote: United States; New York",
        ),
        ({"secondaryLocations": []}, "location_raw", "San Francisco"),
        ({"secondaryLocations": [{"location": "San Francisco"}]}, "location_raw", "San Francisco"),
        ({"descriptionPlain": None}, "description_text", "Build agents.\nLLMs"),
        ({"team": "Engineering"}, "department_raw", "Engineering"),
        ({"isListed": False}, "source_id", "5e0c-aa"),  # kept: the lake keeps what the API gives
    ],
)
def test_fields_follow_the_api(extra, field, expected):
    assert one(ashby_job(**extra))[field] == expected


def test_bad_jobs_are_quarantined_and_the_rest_kept():
    body = json.dumps({"jobs": [ashby_job("a"), ashby_job("b", title=" "), 42]})
    result = extract_jobs(body, **META)
    assert [i["source_id"] for i in result.items] == ["a"]
    assert [e["reason"] for e in result.errors] == ["missing_required", "unexpected_shape"]


# The recorded-format fixture of the platform (tests/crawlers/test_platforms.py crawls it).
RECORDINGS = {
    "ashby": Recording(
        "acme",
        {"acme.json": {"apiVersion": "1", "jobs": [ashby_job("a-1"), ashby_job("a-2")]}},
        ["a-1", "a-2"],
    )
}
