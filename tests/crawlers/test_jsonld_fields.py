"""JSON-LD JobPosting fields as real career pages write them: several places, remote jobs with
applicant regions, responsibilities / qualifications / skills beside the description."""

from __future__ import annotations

import json
from typing import Any

import pytest

from jobwatch.crawlers.extract.jsonld import extract_page

CTX = {"board": "corvid", "url": "https://careers.corvid.example/jobs/9", "crawl_id": "c-1"}


def place(name: str | None = None, **address: str) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "Place", "address": {"@type": "PostalAddress", **address}}
    return {**out, "name": name} if name else out


def extracted(**fields: Any) -> dict[str, Any]:
    job = {"@type": "JobPosting", "title": "Data Engineer", **fields}
    page = f'<script type="application/ld+json">{json.dumps(job)}</script>'
    [item] = extract_page(page, fetched_at="2026-11-10T08:00:00Z", **CTX).items
    return item


@pytest.mark.parametrize(
    ("fields", "location", "remote"),
    [
        # each place of several, in order
        (
            {
                "jobLocation": [
                    place(addressLocality="Berlin", addressCountry="DE"),
                    place(addressLocality="Paris", addressCountry="FR"),
                ]
            },
            "Berlin, DE; Paris, FR",
            None,
        ),
        # offices named by the place over one repeated company address: each name is read
        (
            {
                "jobLocation": [
                    place("New York", addressCountry="US"),
                    place("San Francisco", addressCountry="US"),
                ]
            },
            "New York, US; San Francisco, US",
            None,
        ),
        # trap: the name does not displace a locality the address states
        (
            {"jobLocation": place("HQ", addressLocality="Austin", addressRegion="TX")},
            "Austin, TX",
            None,
        ),
        # a place named only by its name
        ({"jobLocation": {"@type": "Place", "name": "Toronto, ON"}}, "Toronto, ON", None),
        # remote: where applicants may live, one region or several
        (
            {
                "jobLocationType": "TELECOMMUTE",
                "applicantLocationRequirements": [
                    {"@type": "Country", "name": "USA"},
                    {"@type": "Country", "name": "Canada"},
                ],
            },
            "USA; Canada",
            "remote",
        ),
        # an office or remote from a region: the office first, then the region
        (
            {
                "jobLocationType": "TELECOMMUTE",
                "jobLocation": place(addressLocality="Berlin", addressCountry="DE"),
                "applicantLocationRequirements": {"@type": "Country", "name": "Germany"},
            },
            "Berlin, DE; Germany",
            "remote",
        ),
        # trap: applicant regions of a job that is not remote do not add a place
        (
            {
                "jobLocation": place(addressLocality="Berlin", addressCountry="DE"),
                "applicantLocationRequirements": {"@type": "Country", "name": "Germany"},
            },
            "Berlin, DE",
            None,
        ),
    ],
)
def test_places_and_remote(fields, location, remote):
    item = extracted(**fields)
    assert (item["location_raw"], item["remote_raw"]) == (location, remote)


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        (
            {
                "description": "<p>Build pipelines.</p>",
                "responsibilities": "Own the warehouse.",
                "qualifications": ["3 years of SQL", "Python"],
                "skills": [{"@type": "DefinedTerm", "name": "dbt"}, "Airflow"],
            },
            "Build pipelines.\nResponsibilities\nOwn the warehouse.\nQualifications\n"
            "3 years of SQL\nPython\nSkills\ndbt\nAirflow",
        ),
        # a section the description already holds is not repeated
        (
            {"description": "<p>Own the warehouse.</p>", "responsibilities": "Own the warehouse."},
            "Own the warehouse.",
        ),
        # no description: the sections are the text
        ({"skills": "Spark, Kafka"}, "Skills\nSpark, Kafka"),
    ],
)
def test_responsibilities_qualifications_and_skills_join_the_description(fields, text):
    assert extracted(**fields)["description_text"] == text
