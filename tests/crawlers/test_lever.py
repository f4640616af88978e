"""Lever: extract table over postings shaped like the real API, and crawls (incl. the EU host)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from jobwatch.crawlers.extract.lever import extract_postings
from tests.crawlers.recording import Recording

META = {
    "board": "acme",
    "url": "https://api.lever.co/v0/postings/acme?mode=json",
    "fetched_at": "2026-11-10T08:00:00Z",
    "crawl_id": "lever-x",
}


def lever_posting(pid: str = "7f1c-01", text: str | None = "ML Engineer", **extra: Any) -> dict:
    """One posting as `/v0/postings/{site}?mode=json` lists it (written for the project)."""
    posting: dict[str, Any] = {
        "additionalPlain": "We offer equity.",
        "additional": "<div>We offer equity.</div>",
        "categories": {
            "commitment": "Full-time",
            "department": "R&D",
            "location": "Berlin",
            "team": "Applied ML",
            "allLocations": ["Berlin", "Remote - EU"],
        },
        "createdAt": 1790000000000,
        "descriptionPlain": "Train ranking models.",
        "description": "<div>Train ranking models.</div>",
        "id": pid,
        "lists": [{"text": "What you'll do", "content": "<li>Ship models</li><li>PyTorch</li>"}],
        "text": text,
        "country": "DE",
        "workplaceType": "hybrid",
        "opening": "<div>Train ranking models.</div>",
        "openingPlain": "Train ranking models.",
        "hostedUrl": f"https://jobs.lever.co/acme/{pid}",
        "applyUrl": f"https://jobs.lever.co/acme/{pid}/apply",
    }
    posting.update(extra)
    if text is None:
        del posting["text"]
    return posting


def one(posting: dict, company: str | None = "Acme AI") -> dict:
    result = extract_postings(json.dumps([posting]), company=company, **META)
    assert not result.errors
    assert len(result.items) == 1
    return result.items[0]


def test_a_full_posting_becomes_one_raw_posting_with_its_verbatim_payload():
    posting = lever_posting()
    item = one(posting)
    assert item == {
        "source": "lever",
        "source_id": "7f1c-01",
        "title": "ML Engineer",
        "board": "acme",
        "url": "https://jobs.lever.co/acme/7f1c-01",
        "company": "Acme AI",
        "location_raw": "Berlin; Remote - EU",
        "remote_raw": "hybrid",
        "employment_type_raw": "Full-time",
        "department_raw": "R&D / Applied ML",
        "description_html": "<div>Train ranking models.</div>\n<h3>What you'll do</h3>\n"
        "<ul><li>Ship models</li><li>PyTorch</li></ul>\n<div>We offer equity.</div>",
        "description_text": "Train ranking models.\nWhat you'll do\nShip models\nPyTorch\n"
        "We offer equity.",
        "salary_raw": None,
        "salary_structured": None,
        "posted_at_raw": "1790000000000",
        "updated_at_raw": None,
        "fetched_at": "2026-11-10T08:00:00Z",
        "crawl_id": "lever-x",
        "payload": posting,
    }


@pytest.mark.parametrize(
    ("extra", "field", "expected"),
    [
        (
            {
                "salaryRange": {
                    "min": 150000,
                    "max": 180000,
                    "currency": "USD",
                    "interval": "per-year-salary",
                }
            },
            "salary_structured",
            {"min": 150000, "max": 180000, "currency": "USD", "period": "per-year-salary"},
        ),
        (
            {"salaryRange": {"min": 45, "max": 60, "currency": "USD", "interval": "per-hour-wage"}},
            "salary_raw",
            "45 - 60 USD per-hour-wage",
        ),
        (
            {
                "salaryRange": {
                    "min": 150000,
                    "max": 180000,
                    "currency": "USD",
                    "interval": "per-year-salary",
                },
                "salaryDescriptionPlain": "Base pay $150k-$180k plus equity",
            },
            "salary_raw",
            "Base pay $150k-$180k plus equity",
        ),
        ({"salaryRange": {"min": None, "max": None, "currency": "USD"}}, "salary_structured", None),
        ({"salaryRange": None}, "salary_structured", None),
        ({"workplaceType": "unspecified"}, "remote_raw", None),  # trap: Lever's "not stated"
        ({"workplaceType": "remote"}, "remote_raw", "remote"),
        ({"categories": {"location": "Remote - US"}}, "location_raw", "Remote - US"),
        ({"categories": {}}, "location_raw", None),
        ({"categories": None}, "employment_type_raw", None),
        (
            {"lists": None, "additional": None},
            "description_html",
            "<div>Train ranking models.</div>",
        ),
        (
            {"descriptionPlain": None, "lists": []},
            "description_text",
            "Train ranking models.\nWe offer equity.",
        ),  # converted from the HTML when no plain text
        ({"id": 12345}, "source_id", "12345"),
        ({"text": "  Staff Research Scientist \n"}, "title", "Staff Research Scientist"),
    ],
)
def test_fields_follow_the_api(extra, field, expected):
    assert one(lever_posting(**extra))[field] == expected


def test_company_comes_from_the_registry_because_lever_never_names_it():
    assert one(lever_posting(), company=None)["company"] is None
    assert one(lever_posting(), company="Palantir")["company"] == "Palantir"


def test_bad_postings_are_quarantined_and_the_rest_kept():
    body = json.dumps(
        [
            lever_posting("a"),
            lever_posting("b", text=None),
            "junk",
            {"text": "x"},
            lever_posting("c", categories="Berlin"),
        ]
    )
    result = extract_postings(body, **META)
    assert [i["source_id"] for i in result.items] == ["a"]
    assert [(e["reason"], e["detail"]) for e in result.errors] == [
        ("missing_required", "missing title"),
        ("unexpected_shape", "a posting is a str, not an object"),
        ("missing_required", "missing id"),
        ("bad_record", "AttributeError: 'str' object has no attribute 'get'"),
    ]
    assert not result.page_failed
    assert result.errors[0]["body"]["id"] == "b"


# The recorded-format fixture of the platform (tests/crawlers/test_platforms.py crawls it).
RECORDINGS = {
    "lever": Recording(
        "acme",
        {"acme.json": [lever_posting("l-1"), lever_posting("l-2", "Data Scientist")]},
        ["l-1", "l-2"],
    )
}
