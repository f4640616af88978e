"""Jobvite: the careers XML feed's extract table and `jobwatch crawl jobvite` against the replay
server: a retried 500, a malformed feed, a posting's copy for one more place folded into it.

The recorded format is written for the project. It mirrors `app.jobvite.com/CompanyJobs/Xml.aspx`
as open-source clients read it (a TypeScript job-feed provider and its tests, a Jobvite source's
notes, a Python careers-feed reader): `<result><job>` with `id`, `parentId` on a copy for one more
place, `title`, `requisitionid`, `category`, `jobtype`, `location`, `date` (M/D/YYYY),
`detail-url`, `apply-url`, `description` (HTML, entity-escaped in the XML), and the hiring team
and referral bonus fields (`hiring_x0020_team`, `referral_x0020_bonus`).
"""

from __future__ import annotations

import pytest

from jobwatch.crawlers.extraction import extract_page
from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.spiders.jobvite import PLATFORM, extract_feed
from tests.crawlers.cli_crawl import crawl_cli, crawl_dir
from tests.crawlers.conftest import read_jsonl
from tests.crawlers.recording import Recording

CODE = "qAcme0Xy"
FEED_PATH = "/CompanyJobs/Xml.aspx"
META = {
    "board": CODE,
    "url": f"https://app.jobvite.com/CompanyJobs/Xml.aspx?c={CODE}",
    "fetched_at": "2026-11-10T08:00:00Z",
    "crawl_id": "jobvite-x",
}


def jv_job(
    job_id: str = "oGNM1", place: str = "Vienna, Austria", parent: str = "", **fields: str
) -> str:
    """One `<job>`; keyword arguments replace (or, given "", drop) its elements."""
    parts = {
        "id": f"<id>{job_id}</id>",
        "parentId": f"<parentId>{parent}</parentId>" if parent else "",
        "title": "<title>ML Engineer</title>",
        "requisitionid": "<requisitionid>32598</requisitionid>",
        "category": "<category>Engineering</category>",
        "jobtype": "<jobtype>Full-Time</jobtype>",
        "location": f"<location>{place}</location>",
        "date": "<date>10/6/2026</date>",
        "detail-url": f"<detail-url><![CDATA[https://jobs.jobvite.com/acme/job/{job_id}]]>"
        "</detail-url>",
        "apply-url": f"<apply-url><![CDATA[https://jobs.jobvite.com/acme/job/{job_id}/apply]]>"
        "</apply-url>",
        "description": "<description>&lt;p&gt;Train &lt;b&gt;models&lt;/b&gt;.&lt;/p&gt;"
        "</description>",
        "hiring": "<hiring_x0020_team>Jane Recruiter</hiring_x0020_team>",
        "referral": "<referral_x0020_bonus>$2,000</referral_x0020_bonus>",
    }
    parts |= fields
    return "<job>" + "".join(parts.values()) + "</job>"


def jv_feed(*jobs: str) -> str:
    return '<?xml version="1.0" encoding="utf-8"?><result>' + "".join(jobs) + "</result>"


# The recorded-format fixture of the platform (tests/crawlers/test_platforms.py crawls it).
RECORDINGS = {
    "jobvite": Recording(
        CODE,
        {f"{CODE}.xml": jv_feed(jv_job("oGNM1"), jv_job("oGNM2", "Berlin, Germany"))},
        ["oGNM1", "oGNM2"],
    )
}


def test_a_job_becomes_one_raw_posting():
    result = extract_feed(jv_feed(jv_job()), **META, company="Acme (registry)")
    assert not result.errors
    [item] = result.items
    assert {k: v for k, v in item.items() if k != "payload"} == {
        "source": "jobvite",
        "source_id": "oGNM1",
        "title": "ML Engineer",
        "board": CODE,
        "url": "https://jobs.jobvite.com/acme/job/oGNM1",
        "company": "Acme (registry)",
        "location_raw": "Vienna, Austria",
        "remote_raw": None,
        "employment_type_raw": "Full-Time",
        "department_raw": "Engineering",
        "description_html": "<p>Train <b>models</b>.</p>",
        "description_text": "Train models.",
        "salary_raw": None,
        "salary_structured": None,
        "posted_at_raw": "2026-10-06",  # M/D/YYYY read
        "updated_at_raw": None,
        "fetched_at": "2026-11-10T08:00:00Z",
        "crawl_id": "jobvite-x",
    }
    assert (item["payload"]["date"], item["payload"]["requisitionid"]) == ("10/6/2026", "32598")


def test_the_hiring_team_and_the_referral_bonus_are_never_kept():
    [item] = extract_feed(jv_feed(jv_job()), **META).items
    assert "Jane Recruiter" not in str(item)
    assert "$2,000" not in str(item)


def test_a_copy_for_one_more_place_is_one_posting_with_both():
    body = jv_feed(
        jv_job("oGNM1", "Vienna, Austria"),
        jv_job("oGNM1-x7", "Berlin, Germany", parent="oGNM1"),
        jv_job("oZZZ9", "Paris, France"),
    )
    result = extract_page("jobvite", body.encode(), **META)
    assert [(i["source_id"], i["location_raw"]) for i in result.items] == [
        ("oGNM1", "Vienna, Austria; Berlin, Germany"),
        ("oZZZ9", "Paris, France"),
    ]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"detail-url": ""}, ("https://jobs.jobvite.com/acme/job/oGNM1/apply", "2026-10-06")),
        (
            {"date": "<date>12/31/2026</date>"},
            ("https://jobs.jobvite.com/acme/job/oGNM1", "2026-12-31"),
        ),
        (
            {"date": "<date>2026-10-06</date>"},
            ("https://jobs.jobvite.com/acme/job/oGNM1", "2026-10-06"),
        ),
        ({"date": ""}, ("https://jobs.jobvite.com/acme/job/oGNM1", None)),
    ],
)
def test_the_url_and_the_date(fields, expected):
    [item] = extract_feed(jv_feed(jv_job(**fields)), **META).items
    assert (item["url"], item["posted_at_raw"]) == expected


def test_jobs_without_an_id_or_a_title_are_quarantined():
    body = jv_feed(jv_job("a1"), jv_job("a2", title="<title> </title>"), jv_job("", id=""))
    result = extract_feed(body, **META)
    assert [i["source_id"] for i in result.items] == ["a1"]
    assert [e["reason"] for e in result.errors] == ["missing_required", "missing_required"]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("", "not_xml"),
        ("<!DOCTYPE html><html><body>Too many requests</body></html>", "not_xml"),
        ('<?xml version="1.0"?><result><job><id>a1</id><title>ML', "malformed_xml"),
        ('<?xml version="1.0"?><error>invalid company</error>', "unexpected_shape"),
    ],
)
def test_unusable_bodies_fail_the_page(body, reason):
    result = extract_feed(body, **META)
    assert result.page_failed
    assert [e["reason"] for e in result.errors] == [reason]


@pytest.mark.parametrize(
    ("token", "ok"),
    [("qKr9VfwZ", True), ("q6NaVfwI", True), ("nutanix/qKr9VfwZ", False), ("qK r9", False)],
)
def test_a_board_token_is_a_company_code(token, ok):
    assert (PLATFORM.token_problem(token) is None) is ok


def test_crawl_retries_a_500_and_folds_a_copy_into_its_posting(tmp_path):
    body = jv_feed(jv_job("oGNM1"), jv_job("oGNM1-x7", "Berlin, Germany", parent="oGNM1"))
    root = Recording(CODE, {f"{CODE}.xml": body}, []).write(tmp_path / "r", "jobvite")
    with ReplayServer(root, faults={FEED_PATH: [{"status": 500}]}) as srv:
        crawl_cli(tmp_path, "jobvite", CODE, srv.base_url)
        assert [s for _, path, s in srv.log if path == FEED_PATH] == [500, 200]
    written = crawl_dir(tmp_path, "jobvite")
    [item] = read_jsonl(written / f"{CODE}.jsonl")
    assert (item["source_id"], item["location_raw"]) == (
        "oGNM1",
        "Vienna, Austria; Berlin, Germany",
    )
    [run] = read_jsonl(written / "_runs.jsonl")
    assert (run["status"], run["items"], run["http_status"]) == ("ok", 1, {"200": 1, "500": 1})


def test_crawl_quarantines_a_malformed_feed_and_fails_the_board(tmp_path):
    root = RECORDINGS["jobvite"].write(tmp_path / "rec", "jobvite")
    cut = jv_feed(jv_job())[:120]
    with ReplayServer(root, faults={FEED_PATH: [{"body": cut, "when": {"c": CODE}}]}) as srv:
        proc = crawl_cli(tmp_path, "jobvite", CODE, srv.base_url, check=False)
    written = crawl_dir(tmp_path, "jobvite")
    [bad] = read_jsonl(written / "_quarantine.jsonl")
    assert (bad["reason"], bad["body"]) == ("malformed_xml", cut)
    [run] = read_jsonl(written / "_runs.jsonl")
    assert (run["status"], run["items"]) == ("failed", 0)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
