"""Recruitee: extract table over offers shaped like the real careers API (`/api/offers/`)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from jobwatch.crawlers.extract.recruitee import extract_offers
from tests.crawlers.recording import Recording

META = {
    "board": "acme",
    "url": "https://acme.recruitee.com/api/offers/",
    "fetched_at": "2026-11-10T08:00:00Z",
    "crawl_id": "recruitee-x",
}
NO_SALARY = {"min": None, "max": None, "period": None, "currency": None}


def recruitee_offer(oid: int = 4101, title: str | None = "MLOps Engineer", **extra: Any) -> dict:
    """One offer of `{company}.recruitee.com/api/offers/` (written for the project)."""
    offer: dict[str, Any] = {
        "id": oid,
        "guid": "q1w2e",
        "slug": "mlops-engineer",
        "title": title,
        "status": "published",
        "company_name": "Acme Labs",
        "department": "Platform",
        "location": "Amsterdam, North Holland, Netherlands",
        "city": "Amsterdam",
        "state_name": "North Holland",
        "country": "Netherlands",
        "country_code": "NL",
        "locations": [
            {
                "id": 1,
                "name": "HQ",
                "city": "Amsterdam",
                "state": "North Holland",
                "country": "Netherlands",
                "country_code": "NL",
            }
        ],
        "remote": False,
        "hybrid": True,
        "on_site": False,
        "employment_type_code": "fulltime_permanent",
        "experience_code": "mid_level",
        "education_code": "bachelor_degree",
        "category_code": "engineering",
        "salary": NO_SALARY,
        "description": "<p>Run our <b>Kubernetes</b> ML platform.</p>",
        "requirements": "<ul><li>MLflow</li></ul>",
        "careers_url": "https://acme.recruitee.com/o/mlops-engineer",
        "published_at": "2026-10-29 09:12:44 UTC",
        "created_at": "2026-10-28 15:00:00 UTC",
        "updated_at": "2026-11-01 10:00:00 UTC",
        "tags": [],
    }
    offer.update(extra)
    if title is None:
        del offer["title"]
    return offer


def one(offer: dict) -> dict:
    result = extract_offers(json.dumps({"offers": [offer]}), company="Registry Name", **META)
    assert not result.errors
    assert len(result.items) == 1
    return result.items[0]


def test_a_full_offer_becomes_one_raw_posting_with_its_verbatim_payload():
    offer = recruitee_offer()
    assert one(offer) == {
        "source": "recruitee",
        "source_id": "4101",
        "title": "MLOps Engineer",
        "board": "acme",
        "url": "https://acme.recruitee.com/o/mlops-engineer",
        "company": "Acme Labs",
        "location_raw": "Amsterdam, North Holland, Netherlands",
        "remote_raw": "Hybrid",
        "employment_type_raw": "fulltime_permanent",
        "department_raw": "Platform",
        "description_html": "<p>Run our <b>Kubernetes</b> ML platform.</p>\n"
        "<ul><li>MLflow</li></ul>",
        "description_text": "Run our Kubernetes ML platform.\nMLflow",
        "salary_raw": None,
        "salary_structured": None,
        "posted_at_raw": "2026-10-29 09:12:44 UTC",
        "updated_at_raw": "2026-11-01 10:00:00 UTC",
        "fetched_at": "2026-11-10T08:00:00Z",
        "crawl_id": "recruitee-x",
        "payload": offer,
    }


@pytest.mark.parametrize(
    ("extra", "field", "expected"),
    [
        # the k-less shorthand is kept exactly as stated: "75.00" a year means 75k, and reading
        # it is the pipeline's job (it has the salary rules), not the crawler's
        (
            {"salary": {"min": "75.00", "max": "95.00", "period": "year", "currency": "USD"}},
            "salary_structured",
            {"min": "75.00", "max": "95.00", "currency": "USD", "period": "year"},
        ),
        (
            {"salary": {"min": "75.00", "max": "95.00", "period": "year", "currency": "USD"}},
            "salary_raw",
            "75.00 - 95.00 USD per year",
        ),
        (
            {"salary": {"min": 4000, "max": None, "period": "month", "currency": "EUR"}},
            "salary_raw",
            "4000 EUR per month",
        ),
        ({"salary": NO_SALARY}, "salary_structured", None),  # the common empty object
        ({"salary": None}, "salary_structured", None),
        ({"remote": True, "hybrid": False}, "remote_raw", "Remote"),
        ({"hybrid": False, "on_site": True}, "remote_raw", "On-site"),
        ({"hybrid": False}, "remote_raw", None),
        ({"locations": [], "location": "Remote job"}, "location_raw", "Remote job"),
        (
            {
                "locations": [
                    {"city": "Tel Aviv", "state": "Tel Aviv", "country": "Israel"},
                    {"city": "Dubai", "state": "Dubai", "country": "United Arab Emirates"},
                ]
            },
            "location_raw",
            "Tel Aviv, Israel; Dubai, United Arab Emirates",
        ),
        ({"requirements": None}, "description_text", "Run our Kubernetes ML platform."),
        ({"company_name": None}, "company", "Registry Name"),
        ({"published_at": None}, "posted_at_raw", "2026-10-28 15:00:00 UTC"),
    ],
)
def test_fields_follow_the_api(extra, field, expected):
    assert one(recruitee_offer(**extra))[field] == expected


def test_bad_offers_are_quarantined_and_the_rest_kept():
    body = json.dumps({"offers": [recruitee_offer(1), recruitee_offer(None), []]})
    result = extract_offers(body, **META)
    assert [i["source_id"] for i in result.items] == ["1"]
    assert [e["reason"] for e in result.errors] == ["missing_required", "unexpected_shape"]


# The recorded-format fixture of the platform (tests/crawlers/test_platforms.py crawls it).
RECORDINGS = {
    "recruitee": Recording(
        "acme", {"acme.json": {"offers": [recruitee_offer(1), recruitee_offer(2)]}}, ["1", "2"]
    )
}
