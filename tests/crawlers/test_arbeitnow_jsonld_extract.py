"""Arbeitnow and JSON-LD extract: exact RawPosting fields; JSON-LD breakage repaired."""

from __future__ import annotations

import json

import pytest

from jobwatch.crawlers.extract.arbeitnow import extract_page as arbeitnow_page
from jobwatch.crawlers.extract.jsonld import extract_page as jsonld_page
from jobwatch.crawlers.extract.sitemap import page_links, sitemap_links
from jobwatch.crawlers.items import RAW_FIELDS
from tests.crawlers.board_fixtures import arbeitnow_body, arbeitnow_job

CTX = {"fetched_at": "2026-11-10T08:00:00Z", "crawl_id": "c-1"}


def test_arbeitnow_page_with_its_next_link():
    job = arbeitnow_job("backend-engineer-python-berlin-88812")
    result = arbeitnow_page(arbeitnow_body([job], 1, 2), board="arbeitnow", url="u", **CTX)
    assert result.next_url == "https://www.arbeitnow.com/api/job-board-api?page=2"
    assert result.items == [
        {
            "source": "arbeitnow",
            "source_id": "backend-engineer-python-berlin-88812",
            "title": "Backend Engineer (Python)",
            "board": "arbeitnow",
            "url": "https://www.arbeitnow.com/jobs/companies/nordlicht/"
            "backend-engineer-python-berlin-88812",
            "company": "Nordlicht GmbH",
            "location_raw": "Berlin",
            "remote_raw": "false",
            "employment_type_raw": "full time, berufserfahren",
            "department_raw": None,
            "description_html": "<p>Build APIs in <strong>Python</strong>.</p>",
            "description_text": "Build APIs in Python.",
            "salary_raw": None,
            "salary_structured": None,
            "posted_at_raw": "2026-11-08T01:06:40Z",
            "updated_at_raw": None,
            "fetched_at": "2026-11-10T08:00:00Z",
            "crawl_id": "c-1",
            "payload": job,
        }
    ]
    assert set(result.items[0]) == set(RAW_FIELDS)


@pytest.mark.parametrize(
    ("extra", "field", "expected"),
    [
        ({"remote": True}, "remote_raw", "true"),
        ({"remote": None}, "remote_raw", None),
        ({"job_types": []}, "employment_type_raw", None),
        ({"created_at": "2026-11-01"}, "posted_at_raw", "2026-11-01"),
        ({"location": "  "}, "location_raw", None),
    ],
)
def test_arbeitnow_field_variants(extra, field, expected):
    body = arbeitnow_body([arbeitnow_job("s", **extra)], 3, None)
    result = arbeitnow_page(body, board="arbeitnow", url="u", **CTX)
    assert result.next_url is None  # the last page
    assert result.items[0][field] == expected


def test_arbeitnow_bad_page_and_bad_records():
    bad = arbeitnow_page('{"message": "Server Error"}', board="arbeitnow", url="u", **CTX)
    assert bad.page_failed
    assert bad.next_url is None
    assert bad.errors[0]["reason"] == "unexpected_shape"
    body = arbeitnow_body([arbeitnow_job("a"), arbeitnow_job("b", title=" "), {"title": "x"}], 1, 2)
    result = arbeitnow_page(body, board="arbeitnow", url="u", **CTX)
    assert [i["source_id"] for i in result.items] == ["a"]
    assert [e["detail"] for e in result.errors] == ["missing title", "missing id"]


JOB = {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    "title": "Applied Scientist",
    "identifier": {"@type": "PropertyValue", "name": "Corvid", "value": "JR-1042"},
    "hiringOrganization": {"@type": "Organization", "name": "Corvid Analytics"},
    "datePosted": "2026-11-02",
    "employmentType": ["FULL_TIME", "CONTRACTOR"],
    "jobLocation": [
        {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": "Austin",
                "addressRegion": "TX",
                "addressCountry": {"@type": "Country", "name": "US"},
            },
        }
    ],
    "baseSalary": {
        "@type": "MonetaryAmount",
        "currency": "USD",
        "value": {
            "@type": "QuantitativeValue",
            "minValue": 140000,
            "maxValue": 175000,
            "unitText": "YEAR",
        },
    },
    "description": "&lt;p&gt;Forecast demand with &lt;b&gt;causal&lt;/b&gt; models.&lt;/p&gt;",
}
PAGE_URL = "https://careers.corvid.example/jobs/1042"


def page(*blocks: str, extra: str = "") -> str:
    scripts = "".join(f'<script type="application/ld+json">{b}</script>' for b in blocks)
    return f"<html><head>{scripts}</head><body>{extra}</body></html>"


def jl(html: str):
    return jsonld_page(html, board="corvid", url=PAGE_URL, **CTX)


def test_jsonld_full_record():
    [item] = jl(page(json.dumps(JOB))).items
    assert item == {
        "source": "jsonld",
        "source_id": "JR-1042",
        "title": "Applied Scientist",
        "board": "corvid",
        "url": PAGE_URL,
        "company": "Corvid Analytics",
        "location_raw": "Austin, TX, US",
        "remote_raw": None,
        "employment_type_raw": "FULL_TIME, CONTRACTOR",
        "department_raw": None,
        "description_html": "<p>Forecast demand with <b>causal</b> models.</p>",
        "description_text": "Forecast demand with causal models.",
        "salary_raw": "140,000 - 175,000 USD per year",
        "salary_structured": {
            "min": 140000.0,
            "max": 175000.0,
            "currency": "USD",
            "period": "year",
        },
        "posted_at_raw": "2026-11-02",
        "updated_at_raw": None,
        "fetched_at": "2026-11-10T08:00:00Z",
        "crawl_id": "c-1",
        "payload": JOB,
    }


BROKEN = json.dumps(JOB)
REMOTE = {
    "@type": "JobPosting",
    "title": "ML Engineer",
    "url": "/jobs/77",
    "jobLocationType": "TELECOMMUTE",
    "applicantLocationRequirements": {"@type": "Country", "name": "Canada"},
    "hiringOrganization": "Corvid",
    "baseSalary": {"currency": "CAD", "value": 60, "unitText": "HOUR"},
}


@pytest.mark.parametrize(
    ("html", "titles"),
    [
        (page(BROKEN + ";"), ["Applied Scientist"]),  # trailing semicolon
        (page(BROKEN[:-1] + ",}"), ["Applied Scientist"]),  # trailing comma
        (page(BROKEN.replace("Forecast", "Fore\x0bcast\ncast\t")), ["Applied Scientist"]),
        (
            page(
                json.dumps(
                    {
                        "@context": "https://schema.org",
                        "@graph": [{"@type": "Organization", "name": "Corvid"}, JOB],
                    }
                )
            ),
            ["Applied Scientist"],
        ),
        (page(json.dumps([JOB, REMOTE])), ["Applied Scientist", "ML Engineer"]),  # an array
        (
            page(
                json.dumps(
                    {
                        "@type": "ItemList",
                        "itemListElement": [{"@type": "ListItem", "item": REMOTE}],
                    }
                )
            ),
            ["ML Engineer"],
        ),
        (page(BROKEN.replace('"', "&quot;")), ["Applied Scientist"]),  # the block escaped
        (page("<!--" + BROKEN + "-->"), ["Applied Scientist"]),
        (page(json.dumps({**JOB, "title": "R&amp;D Engineer"})), ["R&D Engineer"]),
        (page(json.dumps({**JOB, "@type": ["JobPosting", "Thing"]})), ["Applied Scientist"]),
        (page(json.dumps({"@type": "Organization", "name": "x"})), []),  # no job: a listing
    ],
)
def test_jsonld_tolerates_real_world_breakage(html, titles):
    result = jl(html)
    assert result.errors == []
    assert [i["title"] for i in result.items] == titles


def test_jsonld_remote_job_with_an_hourly_single_figure_and_a_relative_url():
    [item] = jl(page(json.dumps(REMOTE))).items
    assert (item["source_id"], item["url"]) == ("https://careers.corvid.example/jobs/77",) * 2
    assert (item["remote_raw"], item["location_raw"], item["company"]) == (
        "remote",
        "Canada",
        "Corvid",
    )
    assert item["salary_structured"] == {
        "min": 60.0,
        "max": 60.0,
        "currency": "CAD",
        "period": "hour",
    }


def test_jsonld_broken_block_is_quarantined_and_the_others_read():
    result = jl(
        page(
            '{"@type": "JobPosting", "title": "Lost',
            json.dumps(JOB),
            json.dumps({"@type": "JobPosting", "description": "no title"}),
        )
    )
    assert [i["title"] for i in result.items] == ["Applied Scientist"]
    assert [e["reason"] for e in result.errors] == ["malformed_jsonld", "missing_required"]
    assert result.notes["blocks"] == 3


def test_sitemaps_and_career_page_links():
    index = (
        b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/'
        b'sitemap/0.9"><sitemap><loc>https://c.example/jobs.xml</loc></sitemap>'
        b"</sitemapindex>"
    )
    assert sitemap_links(index).sitemaps == ["https://c.example/jobs.xml"]
    urlset = (
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>'
        b"https://c.example/jobs/1</loc></url><url><loc>https://c.example/about</loc>"
        b"</url></urlset>"
    )
    import re

    assert sitemap_links(urlset, re.compile("/jobs/")).pages == ["https://c.example/jobs/1"]
    assert sitemap_links(b"<html>nope</html>").error == "not a sitemap: the root element is <html>"
    html = '<a href="/jobs/1">A</a><a href="https://other.example/jobs/2">B</a><a href="/team">'
    assert page_links(html, "https://c.example/careers", re.compile("/jobs/")) == [
        "https://c.example/jobs/1"
    ]
