"""Workable: extract table over jobs shaped like the real widget API (`?details=true`)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from jobwatch.crawlers.extract.workable import extract_jobs
from jobwatch.crawlers.extraction import extract_page
from tests.crawlers.recording import Recording

META = {
    "board": "acme",
    "url": "https://apply.workable.com/api/v1/widget/accounts/acme",
    "fetched_at": "2026-11-10T08:00:00Z",
    "crawl_id": "workable-x",
}


def workable_job(code: str = "A1B2C3D4E5", title: str | None = "Data Scientist", **extra: Any):
    """One job of `/api/v1/widget/accounts/{slug}?details=true` (written for the project)."""
    job: dict[str, Any] = {
        "title": title,
        "shortcode": code,
        "code": "",
        "employment_type": "Full-time",
        "telecommuting": False,
        "department": "Data",
        "url": f"https://apply.workable.com/j/{code}",
        "shortlink": f"https://apply.workable.com/j/{code}",
        "application_url": f"https://apply.workable.com/j/{code}/apply",
        "published_on": "2026-10-28",
        "created_at": "2026-10-20",
        "country": "United Kingdom",
        "city": "London",
        "state": "England",
        "education": "",
        "experience": "Mid-Senior level",
        "function": "Engineering",
        "industry": "Computer Software",
        "locations": [
            {
                "country": "United Kingdom",
                "countryCode": "GB",
                "city": "London",
                "region": "England",
                "hidden": False,
            }
        ],
        "description": "<p>Forecast demand with <strong>Python</strong>.</p>",
    }
    job.update(extra)
    if title is None:
        del job["title"]
    return job


def body(*jobs: Any, name: str | None = "Acme Analytics") -> str:
    return json.dumps({"name": name, "description": None, "jobs": list(jobs)})


def one(job: dict, **kwargs: Any) -> dict:
    result = extract_jobs(body(job, **kwargs), company="Registry Name", **META)
    assert not result.errors
    assert len(result.items) == 1
    return result.items[0]


def test_a_full_job_becomes_one_raw_posting_with_its_verbatim_payload():
    job = workable_job()
    assert one(job) == {
        "source": "workable",
        "source_id": "A1B2C3D4E5",
        "title": "Data Scientist",
        "board": "acme",
        "url": "https://apply.workable.com/j/A1B2C3D4E5",
        "company": "Acme Analytics",
        "location_raw": "London, England, United Kingdom",
        "remote_raw": None,
        "employment_type_raw": "Full-time",
        "department_raw": "Data",
        "description_html": "<p>Forecast demand with <strong>Python</strong>.</p>",
        "description_text": "Forecast demand with Python.",
        "salary_raw": None,
        "salary_structured": None,
        "posted_at_raw": "2026-10-28",
        "updated_at_raw": None,
        "fetched_at": "2026-11-10T08:00:00Z",
        "crawl_id": "workable-x",
        "payload": job,
    }


@pytest.mark.parametrize(
    ("extra", "field", "expected"),
    [
        ({"telecommuting": True}, "remote_raw", "Remote"),
        (
            {"city": "", "locations": [{"country": "Australia", "city": "", "region": "NSW"}]},
            "location_raw",
            "NSW, Australia",
        ),  # blank city left out, no ", ," artefacts
        (
            {
                "locations": [
                    {"city": "London", "country": "UK"},
                    {"city": "Paris", "country": "FR"},
                    {"city": "Secret", "country": "X", "hidden": True},
                ]
            },
            "location_raw",
            "London, UK; Paris, FR",
        ),  # hidden locations are not shown
        ({"locations": []}, "location_raw", "London, England, United Kingdom"),
        ({"published_on": None}, "posted_at_raw", "2026-10-20"),
        ({"url": None}, "url", "https://apply.workable.com/j/A1B2C3D4E5"),
        ({"description": None}, "description_text", None),
        ({"shortcode": "  Z9 "}, "source_id", "Z9"),
    ],
)
def test_fields_follow_the_api(extra, field, expected):
    assert one(workable_job(**extra))[field] == expected


def test_the_registry_names_the_company_when_the_account_does_not():
    assert one(workable_job(), name=None)["company"] == "Registry Name"


def test_bad_jobs_are_quarantined_and_the_rest_kept():
    result = extract_jobs(body(workable_job("A"), workable_job("B", title=None), None), **META)
    assert [i["source_id"] for i in result.items] == ["A"]
    assert [e["reason"] for e in result.errors] == ["missing_required", "unexpected_shape"]


# The recorded-format fixture of the platform (tests/crawlers/test_platforms.py crawls it).
RECORDINGS = {
    "workable": Recording(
        "acme",
        {"acme.json": {"name": "Acme", "jobs": [workable_job("W1"), workable_job("W2")]}},
        ["W1", "W2"],
    )
}


def at(city: str, country: str = "Germany") -> dict[str, Any]:
    return {"city": city, "country": country, "state": "", "locations": []}


@pytest.mark.parametrize(
    ("jobs", "kept", "quarantined"),
    [
        # one shortcode listed under two locations: one posting with both places
        (
            [workable_job("C0DE1", **at("Berlin")), workable_job("C0DE1", **at("Munich"))],
            [("C0DE1", "Data Scientist", "Berlin, Germany; Munich, Germany")],
            [],
        ),
        # the same shortcode under another title: the first is kept, the other quarantined
        (
            [workable_job("C0DE1", **at("Berlin")), workable_job("C0DE1", "Cook", **at("Rome"))],
            [("C0DE1", "Data Scientist", "Berlin, Germany")],
            ["duplicate_id"],
        ),
        # trap: two shortcodes with one title and place are two jobs
        (
            [workable_job("C0DE1", **at("Berlin")), workable_job("C0DE2", **at("Berlin"))],
            [
                ("C0DE1", "Data Scientist", "Berlin, Germany"),
                ("C0DE2", "Data Scientist", "Berlin, Germany"),
            ],
            [],
        ),
    ],
)
def test_a_shortcode_listed_twice_is_one_posting(jobs, kept, quarantined):
    """The extraction layer's one-posting-per-id rule, on a Workable account body."""
    result = extract_page("workable", body(*jobs).encode(), **META)
    assert [(i["source_id"], i["title"], i["location_raw"]) for i in result.items] == kept
    assert [e["reason"] for e in result.errors] == quarantined
