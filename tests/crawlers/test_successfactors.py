"""SuccessFactors: the career site feed's extract table and `jobwatch crawl successfactors` against
the replay server: a retried 500, a malformed feed, a job listed twice under two locations.

The recorded format is written for the project. It mirrors the `/googlefeed.xml` RSS of
SuccessFactors Recruiting Marketing sites as open-source clients read it (the jobseek crawler's
feed parser and several job trackers' adapters and tests): `<item>` with `title` ending in
" (<location>)", `link`, `description` (HTML in CDATA, on some sites escaped once more), `guid`,
`pubDate`, and `g:id`, `g:location`, `g:employer`, `g:job_function`, `g:job_type`,
`g:expiration_date`, `g:salary` in the Google Base namespace.
"""

from __future__ import annotations

import pytest

from jobwatch.crawlers.extraction import extract_page
from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.spiders.successfactors import PLATFORM, extract_feed
from tests.crawlers.cli_crawl import crawl_cli, crawl_dir
from tests.crawlers.conftest import read_jsonl
from tests.crawlers.recording import Recording

BOARD = "jobs.acme.example"
FEED_PATH = f"/{BOARD}/googlefeed.xml"
META = {
    "board": BOARD,
    "url": f"https://{BOARD}/googlefeed.xml",
    "fetched_at": "2026-11-10T08:00:00Z",
    "crawl_id": "successfactors-x",
}
LINK = f"https://{BOARD}/job/Berlin-ML-Engineer-BE-10115/"


def sf_item(job_id: str = "1274082401", place: str = "Berlin, BE, DE, 10115", **fields: str) -> str:
    """One `<item>`; keyword arguments replace (or, given "", drop) its elements."""
    parts = {
        "title": f"<title>ML Engineer ({place})</title>",
        "description": "<description><![CDATA[<p>Train <b>models</b>.</p>]]></description>",
        "link": f"<link>{LINK}{job_id}/</link>",
        "guid": f'<guid isPermaLink="false">{job_id}</guid>',
        "pubDate": "<pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate>",
        "g:id": f"<g:id>{job_id}</g:id>",
        "g:location": f"<g:location>{place}</g:location>",
        "g:employer": "<g:employer>Acme SE</g:employer>",
        "g:job_function": "<g:job_function>Research &amp; Development</g:job_function>",
        "g:job_type": "<g:job_type>Full-time</g:job_type>",
        "g:expiration_date": "<g:expiration_date>2026-12-31</g:expiration_date>",
    }
    parts |= fields
    return "<item>" + "".join(parts.values()) + "</item>"


def sf_feed(*items: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel>'
        "<title>Acme careers</title>" + "".join(items) + "</channel></rss>"
    )


# The recorded-format fixture of the platform (tests/crawlers/test_platforms.py crawls it).
RECORDINGS = {
    "successfactors": Recording(
        BOARD,
        {f"{BOARD}.xml": sf_feed(sf_item("1274082401"), sf_item("1274082402", "Munich, BY, DE"))},
        ["1274082401", "1274082402"],
    )
}


def test_an_item_becomes_one_raw_posting():
    result = extract_feed(sf_feed(sf_item()), **META, company="Acme (registry)")
    assert not result.errors
    [item] = result.items
    assert {k: v for k, v in item.items() if k != "payload"} == {
        "source": "successfactors",
        "source_id": "1274082401",
        "title": "ML Engineer",  # the appended location cut
        "board": BOARD,
        "url": f"{LINK}1274082401/",
        "company": "Acme SE",  # the feed's employer before the registry's name
        "location_raw": "Berlin, BE, DE, 10115",
        "remote_raw": None,
        "employment_type_raw": "Full-time",
        "department_raw": "Research & Development",
        "description_html": "<p>Train <b>models</b>.</p>",
        "description_text": "Train models.",
        "salary_raw": None,
        "salary_structured": None,
        "posted_at_raw": "2026-11-02T09:00:00+00:00",  # the RSS date as ISO 8601
        "updated_at_raw": None,
        "fetched_at": "2026-11-10T08:00:00Z",
        "crawl_id": "successfactors-x",
    }
    assert item["payload"]["expiration_date"] == "2026-12-31"  # raw fields kept
    assert item["payload"]["pubDate"] == "Mon, 02 Nov 2026 09:00:00 GMT"


@pytest.mark.parametrize(
    ("pub_date", "posted"),
    [
        ("<pubDate>Tue, 10 Nov 2026 12:00:00 +0100</pubDate>", "2026-11-10T12:00:00+01:00"),
        ("<pubDate>10 Nov 2026</pubDate>", "10 Nov 2026"),  # not an RSS date: as written
        ("", None),
    ],
)
def test_the_posting_date(pub_date, posted):
    [item] = extract_feed(sf_feed(sf_item(pubDate=pub_date)), **META).items
    assert item["posted_at_raw"] == posted


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        # the id from g:id, else the guid, else the number ending the link
        ({"g:id": ""}, ("1274082401", "ML Engineer", "Acme SE")),
        ({"g:id": "", "guid": ""}, ("1274082401", "ML Engineer", "Acme SE")),
        # trap: brackets that are not the appended location stay in the title
        (
            {"title": "<title>Ingenieur (m/w/d) (Berlin, BE, DE, 10115)</title>"},
            ("1274082401", "Ingenieur (m/w/d)", "Acme SE"),
        ),
        (
            {"title": "<title>Ingenieur (m/w/d)</title>"},
            ("1274082401", "Ingenieur (m/w/d)", "Acme SE"),
        ),
        # no employer in the feed: the registry's name
        ({"g:employer": ""}, ("1274082401", "ML Engineer", "Acme (registry)")),
    ],
)
def test_the_id_the_title_and_the_company(fields, expected):
    [item] = extract_feed(sf_feed(sf_item(**fields)), **META, company="Acme (registry)").items
    assert (item["source_id"], item["title"], item["company"]) == expected


@pytest.mark.parametrize(
    ("description", "html"),
    [
        ("<description><![CDATA[<p>Train</p>]]></description>", "<p>Train</p>"),
        # escaped once more inside the CDATA: one unescape
        ("<description><![CDATA[&lt;p&gt;Train&lt;/p&gt;]]></description>", "<p>Train</p>"),
        # trap: a plain text that speaks of "&lt;" is not unescaped when it holds markup
        ("<description><![CDATA[<p>a &lt; b</p>]]></description>", "<p>a &lt; b</p>"),
        # only the title again: no description
        ("<description>ML Engineer</description>", None),
        ("", None),
    ],
)
def test_the_description(description, html):
    [item] = extract_feed(sf_feed(sf_item(description=description)), **META).items
    assert item["description_html"] == html


def test_a_placeholder_job_function_is_no_department():
    body = sf_feed(sf_item(**{"g:job_function": "<g:job_function>ATS_WEBFORM</g:job_function>"}))
    [item] = extract_feed(body, **META).items
    assert item["department_raw"] is None


def test_items_without_an_id_or_a_title_are_quarantined():
    items = [
        sf_item("1"),
        sf_item("2", title=""),
        sf_item("", link="<link>https://jobs.acme.example/search/</link>", guid=""),
    ]
    result = extract_feed(sf_feed(*items), **META)
    assert [i["source_id"] for i in result.items] == ["1"]
    assert [e["reason"] for e in result.errors] == ["missing_required", "missing_required"]


def test_a_job_listed_twice_under_two_locations_is_one_posting_with_both():
    body = sf_feed(sf_item("7", "Berlin, DE"), sf_item("7", "Munich, DE"), sf_item("8"))
    result = extract_page("successfactors", body.encode(), **META)
    assert [(i["source_id"], i["location_raw"]) for i in result.items] == [
        ("7", "Berlin, DE; Munich, DE"),
        ("8", "Berlin, BE, DE, 10115"),
    ]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("", "not_xml"),
        ("<!DOCTYPE html><html><body>Careers</body></html>", "not_xml"),  # a retired feed
        ('<?xml version="1.0"?><rss><channel><item><title>ML', "malformed_xml"),
        ('<?xml version="1.0"?><feed><entry/></feed>', "unexpected_shape"),
    ],
)
def test_unusable_bodies_fail_the_page(body, reason):
    result = extract_feed(body, **META)
    assert result.page_failed
    assert [e["reason"] for e in result.errors] == [reason]


def test_entities_are_never_expanded():
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<rss xmlns:g="http://base.google.com/ns/1.0"><channel>'
        + sf_item("1", title="<title>&b;</title>")
        + "</channel></rss>"
    )
    result = extract_feed(bomb, **META)
    [item] = result.items
    assert item["title"] == "&b;"  # the reference is kept as written, never expanded


@pytest.mark.parametrize(
    ("token", "ok"),
    [
        ("jobs.sap.com", True),
        ("netjets.jobs.hr.cloud.sap", True),
        ("careers.kpmg.com.sg", True),
        ("jobs", False),  # a host has a domain
        ("Jobs.SAP.com", False),  # hosts are written in lower case
        ("jobs.sap.com/search", False),
        ("-jobs.sap.com", False),
    ],
)
def test_a_board_token_is_a_host(token, ok):
    assert (PLATFORM.token_problem(token) is None) is ok


def test_crawl_retries_a_500_and_merges_a_job_listed_twice(tmp_path):
    body = sf_feed(sf_item("7", "Berlin, DE"), sf_item("8"), sf_item("7", "Munich, DE"))
    root = Recording(BOARD, {f"{BOARD}.xml": body}, []).write(tmp_path / "r", "successfactors")
    with ReplayServer(root, faults={FEED_PATH: [{"status": 500}]}) as srv:
        crawl_cli(tmp_path, "successfactors", BOARD, srv.base_url)
        assert [s for _, path, s in srv.log if path == FEED_PATH] == [500, 200]
    written = crawl_dir(tmp_path, "successfactors")
    items = {i["source_id"]: i for i in read_jsonl(written / f"{BOARD}.jsonl")}
    assert (sorted(items), items["7"]["location_raw"]) == (["7", "8"], "Berlin, DE; Munich, DE")
    [run] = read_jsonl(written / "_runs.jsonl")
    assert (run["status"], run["items"], run["http_status"]) == ("ok", 2, {"200": 1, "500": 1})


def test_crawl_quarantines_a_malformed_feed_and_fails_the_board(tmp_path):
    root = RECORDINGS["successfactors"].write(tmp_path / "rec", "successfactors")
    cut = sf_feed(sf_item("1"))[:150]
    with ReplayServer(root, faults={FEED_PATH: [{"body": cut}]}) as srv:
        proc = crawl_cli(tmp_path, "successfactors", BOARD, srv.base_url, check=False)
    written = crawl_dir(tmp_path, "successfactors")
    [bad] = read_jsonl(written / "_quarantine.jsonl")
    assert (bad["reason"], bad["body"]) == ("malformed_xml", cut)
    [run] = read_jsonl(written / "_runs.jsonl")
    assert (run["status"], run["items"]) == ("failed", 0)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
