"""Personio: the XML feed's extract table (safe parsing included) and `jobwatch crawl personio`
against the replay server: a retried 500, a malformed document, a position listed twice.

The recorded format is written for the project. It mirrors Personio's developer documentation
("Retrieving open positions", developer.personio.de: `<workzag-jobs>`, `position`, `office`,
`jobDescriptions`, `employmentType`, `seniority`, `schedule`, `yearsOfExperience`) and trimmed
live output kept as a test fixture in a public scraper (a `job_hunt` adapter test:
`additionalOffices/office`, `createdAt`, `salaryInformation` with `min`, `max`,
`currencySymbol`, `currencyCode`, `type`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from jobwatch.crawlers.extraction import extract_page
from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.spiders.personio import extract_positions
from tests.conftest import jobwatch_cli
from tests.crawlers.cli_crawl import crawl_cli, crawl_dir
from tests.crawlers.conftest import read_jsonl
from tests.crawlers.recording import Recording

if TYPE_CHECKING:
    from pathlib import Path

META = {
    "board": "acme",
    "url": "https://acme.jobs.personio.de/xml?language=en",
    "fetched_at": "2026-11-10T08:00:00Z",
    "crawl_id": "personio-x",
}
SALARY = (
    "<salaryInformation><min>65000.00</min><max>80000.00</max><currencySymbol>€</currencySymbol>"
    "<currencyCode>EUR</currencyCode><type>yearly</type></salaryInformation>"
)


def position(pid: str = "1834171", name: str | None = "ML Engineer", **fields: str) -> str:
    """One `<position>`; keyword arguments replace (or, given "", drop) its elements."""
    parts = {
        "id": f"<id>{pid}</id>",
        "subcompany": "<subcompany>Acme AI GmbH</subcompany>",
        "office": "<office>Berlin</office>",
        "additionalOffices": "<additionalOffices><office>Munich</office></additionalOffices>",
        "department": "<department>Research</department>",
        "recruitingCategory": "<recruitingCategory>Engineering</recruitingCategory>",
        "name": f"<name>{name}</name>" if name is not None else "",
        "jobDescriptions": (
            "<jobDescriptions>"
            "<jobDescription><name>The role</name>"
            "<value><![CDATA[<p>Train <b>LLMs</b> &amp; ship them.</p>]]></value></jobDescription>"
            "<jobDescription><name>Your profile</name>"
            "<value><![CDATA[<ul><li>PyTorch</li></ul>]]></value></jobDescription>"
            "</jobDescriptions>"
        ),
        "employmentType": "<employmentType>permanent</employmentType>",
        "seniority": "<seniority>experienced</seniority>",
        "schedule": "<schedule>full-time</schedule>",
        "yearsOfExperience": "<yearsOfExperience>2-5</yearsOfExperience>",
        "occupation": "<occupation>software_and_web_development</occupation>",
        "occupationCategory": "<occupationCategory>it_software</occupationCategory>",
        "createdAt": "<createdAt>2026-10-29T09:12:44+00:00</createdAt>",
        "salaryInformation": SALARY,
    }
    parts.update(fields)
    return "<position>" + "".join(parts.values()) + "</position>"


def feed(*positions: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<workzag-jobs>'
        + "".join(positions)
        + ("</workzag-jobs>")
    )


def one(xml: str, **meta: Any) -> dict:
    result = extract_positions(feed(xml), **META, **meta)
    assert not result.errors
    [item] = result.items
    return item


def test_a_position_becomes_one_raw_posting_each_field_beside_its_original():
    item = one(position(), company="Acme (registry)", site="https://acme.jobs.personio.de")
    assert {k: v for k, v in item.items() if k != "payload"} == {
        "source": "personio",
        "source_id": "1834171",
        "title": "ML Engineer",
        "board": "acme",
        "url": "https://acme.jobs.personio.de/job/1834171",
        "company": "Acme (registry)",
        "location_raw": "Berlin; Munich",
        "remote_raw": None,
        "employment_type_raw": "permanent, full-time",
        "department_raw": "Research",
        "description_html": "<h3>The role</h3><p>Train <b>LLMs</b> &amp; ship them.</p>\n"
        "<h3>Your profile</h3><ul><li>PyTorch</li></ul>",
        "description_text": "The role\nTrain LLMs & ship them.\nYour profile\nPyTorch",
        "salary_raw": "65000.00 - 80000.00 EUR yearly",
        "salary_structured": {
            "min": "65000.00",
            "max": "80000.00",
            "currency": "EUR",
            "period": "yearly",
        },
        "posted_at_raw": "2026-10-29T09:12:44+00:00",
        "updated_at_raw": None,
        "fetched_at": "2026-11-10T08:00:00Z",
        "crawl_id": "personio-x",
    }
    # the position as JSON-like data: lists for the repeated containers, the rest by tag
    assert item["payload"]["additionalOffices"] == ["Munich"]
    assert item["payload"]["jobDescriptions"][1] == {
        "name": "Your profile",
        "value": "<ul><li>PyTorch</li></ul>",
    }
    assert item["payload"]["seniority"] == "experienced"
    assert item["payload"]["salaryInformation"]["currencySymbol"] == "€"


@pytest.mark.parametrize(
    ("fields", "meta", "field", "expected"),
    [
        ({"salaryInformation": ""}, {}, "salary_structured", None),
        (
            {
                "salaryInformation": "<salaryInformation><min>4000</min><currencySymbol>EUR"
                "</currencySymbol><type>monthly</type></salaryInformation>"
            },
            {},
            "salary_raw",
            "4000 EUR monthly",
        ),
        ({"additionalOffices": ""}, {}, "location_raw", "Berlin"),
        (
            {
                "additionalOffices": "<additionalOffices><office>Remote (Germany)</office>"
                "<office>Berlin</office></additionalOffices>"
            },
            {},
            "location_raw",
            "Berlin; Remote (Germany)",  # each place once, in order
        ),
        ({}, {}, "company", "Acme AI GmbH"),  # no registry name: the subcompany
        ({}, {}, "url", None),  # no domain known: no job page URL is made up
        ({"schedule": ""}, {}, "employment_type_raw", "permanent"),
        (
            {
                "jobDescriptions": "<jobDescriptions><jobDescription><value><![CDATA[<p>Hi</p>]]>"
                "</value></jobDescription></jobDescriptions>"
            },
            {},
            "description_html",
            "<p>Hi</p>",  # a block without a name has no heading
        ),
        ({"jobDescriptions": ""}, {}, "description_text", None),
    ],
)
def test_fields_follow_the_feed(fields, meta, field, expected):
    assert one(position(**fields), **meta)[field] == expected


def test_bad_positions_are_quarantined_and_the_rest_kept():
    xml = feed(position("1"), position("2", name=None), position("", name="Data Engineer"))
    result = extract_positions(xml, **META)
    assert [i["source_id"] for i in result.items] == ["1"]
    assert [(e["reason"], e["detail"]) for e in result.errors] == [
        ("missing_required", "missing title"),
        ("missing_required", "missing id"),
    ]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "not_xml"),
        (b'{"positions": []}', "not_xml"),
        (b"<!DOCTYPE html><html><body>Page not found</body></html>", "not_xml"),
        (b"<workzag-jobs><position><id>1</id>", "malformed_xml"),  # cut off
        (b"<error><message>Feed disabled</message></error>", "unexpected_shape"),
    ],
)
def test_unusable_bodies_fail_the_page(body, reason):
    result = extract_positions(body, **META)
    assert result.page_failed
    assert [e["reason"] for e in result.errors] == [reason]


def test_entities_are_never_expanded_nor_files_read():
    hostile = (
        b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
        b'<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'
        b"<workzag-jobs><position><id>1</id><name>Engineer &c; &xxe;</name></position>"
        b"</workzag-jobs>"
    )
    [item] = extract_positions(hostile, **META).items
    assert item["title"] == "Engineer &c; &xxe;"  # the references stay references


def test_an_empty_feed_is_an_empty_board():
    result = extract_positions(feed(), **META)
    assert (result.items, result.errors, result.page_failed) == ([], [], False)


@pytest.mark.parametrize(
    ("positions", "kept", "quarantined"),
    [
        # one id under two offices: one posting with both places
        (
            [position("7", additionalOffices=""), position("7", office="<office>Munich</office>")],
            [("7", "ML Engineer", "Berlin; Munich")],
            [],
        ),
        # the same id under another title: the first kept, the other quarantined
        (
            [position("7"), position("7", name="Cook")],
            [("7", "ML Engineer", "Berlin; Munich")],
            ["duplicate_id"],
        ),
    ],
)
def test_an_id_listed_twice_is_one_posting(positions, kept, quarantined):
    result = extract_page("personio", feed(*positions).encode(), **META)
    assert [(i["source_id"], i["title"], i["location_raw"]) for i in result.items] == kept
    assert [e["reason"] for e in result.errors] == quarantined


# The recorded-format fixture of the platform (tests/crawlers/test_platforms.py crawls it).
RECORDINGS = {
    "personio": Recording(
        "acme",
        {"acme.xml": feed(position("1"), position("2", name="Data Engineer"))},
        ["1", "2"],
        registry={"domain": "de"},  # the real site's domain; the mirror does not need it
    )
}

FEED_PATH = "/acme/xml"


def crawl(home: Path, srv: ReplayServer, check: bool = True) -> Any:
    return crawl_cli(home, "personio", "acme", srv.base_url, check=check)


def test_crawl_retries_a_500_and_merges_a_position_listed_under_two_offices(tmp_path):
    xml = feed(
        position("1", additionalOffices=""),
        position("2", name="Data Engineer"),
        position("1", office="<office>Hamburg</office>", additionalOffices=""),
    )
    root = Recording("acme", {"acme.xml": xml}, []).write(tmp_path / "rec", "personio")
    with ReplayServer(root, faults={FEED_PATH: [{"status": 500}]}) as srv:
        crawl(tmp_path, srv)
        assert [s for _, path, s in srv.log if path == FEED_PATH] == [500, 200]
    written = crawl_dir(tmp_path, "personio")
    items = {i["source_id"]: i for i in read_jsonl(written / "acme.jsonl")}
    assert sorted(items) == ["1", "2"]
    assert items["1"]["location_raw"] == "Berlin; Hamburg"
    [run] = read_jsonl(written / "_runs.jsonl")
    assert (run["status"], run["items"], run["http_status"]) == ("ok", 2, {"200": 1, "500": 1})


def test_crawl_quarantines_a_malformed_document_and_fails_the_board(tmp_path):
    root = RECORDINGS["personio"].write(tmp_path / "rec", "personio")
    cut = '<?xml version="1.0"?><workzag-jobs><position><id>1</id><name>ML'
    with ReplayServer(root, faults={FEED_PATH: [{"body": cut, "content_type": "text/xml"}]}) as srv:
        proc = crawl(tmp_path, srv, check=False)
    written = crawl_dir(tmp_path, "personio")
    [bad] = read_jsonl(written / "_quarantine.jsonl")
    assert (bad["reason"], bad["body"]) == ("malformed_xml", cut)
    [run] = read_jsonl(written / "_runs.jsonl")
    assert (run["status"], run["items"]) == ("failed", 0)
    assert "malformed_xml" in run["error"]
    assert "Traceback" not in proc.stderr


def test_the_real_site_needs_the_registry_domain_a_mirror_does_not(tmp_path):
    proc = jobwatch_cli(tmp_path, "crawl", "personio", "--board", "acme", check=False)
    assert proc.returncode == 2
    assert "personio board 'acme' needs domain in the registry" in proc.stderr
    sources = tmp_path / "sources.yaml"
    sources.write_text("- {company: Acme, platform: personio, board: acme, domain: fr}\n")
    proc = jobwatch_cli(tmp_path, "crawl", "personio", "--sources-file", str(sources), check=False)
    assert "unknown personio domain 'fr' (known: de, com)" in proc.stderr
