"""The employer's own products are not skills it asks for, unless the posting asks for them."""

from __future__ import annotations

import pytest

from jobwatch.pipeline.record import normalize_record

BASE = {
    "source": "greenhouse",
    "board": "b",
    "source_id": "1",
    "title": "Software Engineer",
    "fetched_at": "2026-11-09T06:00:00Z",
}


def skills_of(company: str, text: str) -> list[str]:
    return normalize_record(BASE | {"company": company, "description_text": text})["skills"]


@pytest.mark.parametrize(
    ("company", "text", "expected"),
    [
        # the employer's product named as what the team builds: not a skill
        (
            "Microsoft",
            "The Microsoft Azure Storage team builds Object Storage in Python.",
            ["Python"],
        ),
        ("Microsoft Corporation", "Azure is the world's leading cloud offering.", []),
        ("Google", "Join the Google Cloud team. You will write Go services.", ["Go"]),
        # asked of the candidate: a skill again
        ("Microsoft", "Experience in Azure and SharePoint.", ["Azure", "SharePoint"]),
        (
            "Microsoft",
            "Competency in Microsoft Office, especially in Excel.",
            ["Microsoft Office", "Excel"],
        ),
        # asked at a later mention: the team first, the requirement further down
        (
            "Microsoft",
            "Join the team evolving Azure Space. Technical knowledge of Azure services.",
            ["Azure"],
        ),
        # traps: someone else's experience is no requirement
        ("Square", "Square builds payments. Every single experience with Square is simple.", []),
        ("Microsoft", "Our experiences in Office applications like Outlook.", []),
        # trap: another employer's posting keeps the product
        ("Contoso", "The Azure Storage team builds Object Storage in Python.", ["Azure", "Python"]),
        # trap: a steward's name on a project is not a vendor (Apache Corporation is an oil firm)
        (
            "Apache Corporation",
            "Our pipelines run on Apache Kafka and Apache Spark.",
            ["Kafka", "Spark"],
        ),
        # trap: a company whose name only starts like a product keeps it
        ("Micro Focus", "The Microsoft Azure Storage team.", ["Azure"]),
    ],
)
def test_own_products(company: str, text: str, expected: list[str]) -> None:
    assert skills_of(company, text) == expected
