"""Greenhouse extract: a recorded body in, exact RawPosting fields and quarantine lines out."""

from __future__ import annotations

import html
import json

import pytest

from jobwatch.crawlers.extract.greenhouse import extract_jobs
from jobwatch.crawlers.items import RAW_FIELDS
from tests.crawlers.conftest import board_body, gh_job
from tests.crawlers.recording import Recording

CTX = {
    "board": "acme",
    "url": "https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true",
    "fetched_at": "2026-11-10T08:00:00Z",
    "crawl_id": "greenhouse-20261110T080000Z-abc123",
}


def one(job: dict) -> dict:
    result = extract_jobs(board_body([job]), **CTX)
    assert result.errors == []
    assert not result.page_failed
    assert len(result.items) == 1
    return result.items[0]


def test_full_record_has_every_raw_field_exactly():
    job = gh_job(4242, "Senior ML Engineer")
    assert one(job) == {
        "source": "greenhouse",
        "source_id": "4242",
        "title": "Senior ML Engineer",
        "board": "acme",
        "url": "https://job-boards.greenhouse.io/acme/jobs/4242",
        "company": "Acme Robotics",
        "location_raw": "San Francisco, CA",
        "remote_raw": None,
        "employment_type_raw": None,
        "department_raw": "Research",
        "description_html": "<div><p>Build models.</p><ul><li>PyTorch</li></ul></div>",
        "description_text": "Build models.\nPyTorch",
        "salary_raw": None,
        "salary_structured": None,
        "posted_at_raw": "2026-10-20T09:30:00-04:00",
        "updated_at_raw": "2026-11-02T10:00:00-05:00",
        "fetched_at": "2026-11-10T08:00:00Z",
        "crawl_id": "greenhouse-20261110T080000Z-abc123",
        "payload": job,
    }
    assert set(one(job)) == set(RAW_FIELDS)


@pytest.mark.parametrize(
    ("content", "expected_html", "expected_text"),
    [
        # Greenhouse escapes the HTML once; entities inside it are escaped twice.
        (html.escape("<p>R&amp;D &amp; MLOps</p>"), "<p>R&amp;D &amp; MLOps</p>", "R&D & MLOps"),
        (
            html.escape(
                "<h2>About</h2><p>We build <b>agents</b>.</p><ul><li>Python</li><li>RAG</li></ul>"
            ),
            "<h2>About</h2><p>We build <b>agents</b>.</p><ul><li>Python</li><li>RAG</li></ul>",
            "About\nWe build agents.\nPython\nRAG",
        ),
        (html.escape("<p>line one<br>line two<br/>three</p>"), None, "line one\nline two\nthree"),
        (html.escape("<p>a&nbsp;&nbsp;b</p>\n\n<p>  c   d </p>"), None, "a b\nc d"),
        (
            html.escape("<style>p {color: red}</style><p>Visible</p><script>x()</script>"),
            None,
            "Visible",
        ),
        (html.escape("<p>Zürich – 10× “growth”</p>"), None, "Zürich – 10× “growth”"),
        (None, None, None),
        ("", None, None),
    ],
)
def test_content_is_unescaped_and_turned_into_text(content, expected_html, expected_text):
    item = one(gh_job(1, content=content))
    if expected_html is not None:
        assert item["description_html"] == expected_html
    assert item["description_text"] == expected_text


PAY = {"title": "US base pay", "blurb": "Base salary only."}


@pytest.mark.parametrize(
    ("ranges", "structured", "text"),
    [
        (
            [{"min_cents": 15000000, "max_cents": 20000000, "currency_type": "USD", **PAY}],
            {"min": 150000.0, "max": 200000.0, "currency": "USD", "period": "year"},
            "150,000 - 200,000 USD per year",
        ),
        (
            [{"min_cents": 12345678, "max_cents": 13000050, "currency_type": "EUR", **PAY}],
            {"min": 123456.78, "max": 130000.5, "currency": "EUR", "period": "year"},
            "123,456.78 - 130,000.50 EUR per year",
        ),
        (
            [{"min_cents": None, "max_cents": 9000000, "currency_type": "GBP", **PAY}],
            {"min": None, "max": 90000.0, "currency": "GBP", "period": "year"},
            "90,000 GBP per year",
        ),
        (  # several zones: the first range is the structured salary, the payload keeps all
            [
                {"min_cents": 20000000, "max_cents": 26000000, "currency_type": "USD", **PAY},
                {"min_cents": 17000000, "max_cents": 22000000, "currency_type": "USD", **PAY},
            ],
            {"min": 200000.0, "max": 260000.0, "currency": "USD", "period": "year"},
            "200,000 - 260,000 USD per year",
        ),
        ([], None, None),
        ([{"min_cents": None, "max_cents": None, "currency_type": "USD", **PAY}], None, None),
    ],
)
def test_pay_input_ranges_become_structured_salary(ranges, structured, text):
    item = one(gh_job(7, pay_input_ranges=ranges))
    assert item["salary_structured"] == structured
    assert item["salary_raw"] == text
    assert item["payload"]["pay_input_ranges"] == ranges


@pytest.mark.parametrize(
    ("location", "remote_raw"),
    [
        ("Remote - United States", "Remote - United States"),
        ("New York, NY; Remote-friendly", "New York, NY; Remote-friendly"),
        ("REMOTE", "REMOTE"),
        ("San Francisco, CA", None),
        ("Bremote Street, Leeds", None),  # "remote" inside a word is not remote
    ],
)
def test_remote_raw_is_the_location_when_it_mentions_remote(location, remote_raw):
    item = one(gh_job(3, location={"name": location}))
    assert item["location_raw"] == location
    assert item["remote_raw"] == remote_raw


def office(name: str) -> dict:
    return {"id": 9, "name": name, "location": None, "child_ids": []}


@pytest.mark.parametrize(
    ("location", "offices", "remote_raw"),
    [
        # an office named remote says remote when the location names a place or nothing
        ("Italy", ["Remote-Italy"], "Remote-Italy"),
        ("United States of America", ["United States - Remote"], "United States - Remote"),
        ("", ["Remote"], "Remote"),
        ("Berlin", ["Berlin", "Remote-EU"], "Remote-EU"),
        ("Milan", ["Remote, Italy"], "Remote, Italy"),
        # the location's own remote wins
        ("Remote (United States)", ["Remote"], "Remote (United States)"),
        # traps: offices in places, and "remote" inside a word
        ("San Francisco, CA", ["SF", "New York"], None),
        ("Leeds", ["Bremote Street"], None),
    ],
)
def test_an_office_named_remote_is_a_remote_signal(location, offices, remote_raw):
    job = gh_job(3, location={"name": location}, offices=[office(n) for n in offices])
    assert one(job)["remote_raw"] == remote_raw


@pytest.mark.parametrize(
    ("metadata", "employment"),
    [
        (None, None),
        (
            [
                {
                    "id": 1,
                    "name": "Employment Type",
                    "value": "Full-time",
                    "value_type": "single_select",
                }
            ],
            "Full-time",
        ),
        (
            [{"id": 2, "name": "Time Type", "value": ["Part time", "Contract"]}],
            "Part time, Contract",
        ),
        ([{"id": 3, "name": "Quota Coverage Type", "value": "Account Executive"}], None),
        ([{"id": 4, "name": "Employment type", "value": None}], None),
    ],
)
def test_employment_type_comes_from_metadata(metadata, employment):
    assert one(gh_job(5, metadata=metadata))["employment_type_raw"] == employment


def test_departments_are_joined_and_trimmed():
    departments = [{"name": " Research "}, {"name": "Applied AI"}, {"name": ""}]
    assert one(gh_job(6, departments=departments))["department_raw"] == "Research, Applied AI"
    assert one(gh_job(6, departments=[]))["department_raw"] is None


@pytest.mark.parametrize(
    ("bad_job", "detail"),
    [
        (gh_job(11, title=None), "missing title"),
        (gh_job(12, title="   "), "missing title"),
        ({k: v for k, v in gh_job(13).items() if k != "id"}, "missing id"),
        ({"id": None, "title": ""}, "missing id, title"),
    ],
)
def test_a_job_missing_id_or_title_is_quarantined_and_the_rest_kept(bad_job, detail):
    body = board_body([gh_job(1), bad_job, gh_job(2)])
    result = extract_jobs(body, **CTX)
    assert [item["source_id"] for item in result.items] == ["1", "2"]
    assert not result.page_failed
    assert result.errors == [
        {
            "crawl_id": CTX["crawl_id"],
            "source": "greenhouse",
            "board": "acme",
            "url": CTX["url"],
            "reason": "missing_required",
            "detail": detail,
            "fetched_at": CTX["fetched_at"],
            "body": bad_job,
        }
    ]


def test_a_job_that_is_not_an_object_is_quarantined():
    result = extract_jobs(json.dumps({"jobs": [gh_job(1), "oops"]}), **CTX)
    assert len(result.items) == 1
    assert [(e["reason"], e["body"]) for e in result.errors] == [("unexpected_shape", "oops")]


FULL = board_body([gh_job(1), gh_job(2)])


@pytest.mark.parametrize(
    ("body", "reason", "detail_has"),
    [
        ("<!DOCTYPE html><html><body>Rate limited</body></html>", "not_json", "HTML"),
        (b"  <html>oops</html>", "not_json", "HTML"),
        ("", "not_json", "empty"),
        (FULL[: len(FULL) // 2], "malformed_json", "truncated"),
        (FULL[:-1], "malformed_json", "truncated"),
        ("{'jobs': []}", "malformed_json", "char 1"),
        (b"\xff\xfe{\x00", "malformed_json", "UTF-8"),
        ('{"meta": {"total": 0}}', "unexpected_shape", '"jobs"'),
        ('{"jobs": {"id": 1}}', "unexpected_shape", '"jobs"'),
        ("[]", "unexpected_shape", '"jobs"'),
    ],
)
def test_unusable_body_is_one_page_error_and_no_items(body, reason, detail_has):
    result = extract_jobs(body, **CTX)
    assert result.items == []
    assert result.page_failed
    assert len(result.errors) == 1
    error = result.errors[0]
    assert error["reason"] == reason
    assert detail_has in error["detail"]
    expected_body = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
    assert error["body"] == expected_body
    assert result.page_error == error


def test_body_is_cut_at_64_kib_in_the_quarantine_line():
    body = "<html>" + "x" * 100_000
    assert len(extract_jobs(body, **CTX).errors[0]["body"]) == 64 * 1024


def test_utf8_bytes_with_bom_and_empty_board():
    item = one(gh_job(8, location={"name": "Zürich"}))
    assert item["location_raw"] == "Zürich"
    result = extract_jobs("\ufeff".encode() + board_body([gh_job(9)]).encode(), **CTX)
    assert [i["source_id"] for i in result.items] == ["9"]
    empty = extract_jobs(board_body([]), **CTX)
    assert (empty.items, empty.errors, empty.page_failed) == ([], [], False)


# The recorded-format fixture of the platform (tests/crawlers/test_platforms.py crawls it).
RECORDINGS = {
    "greenhouse": Recording(
        "acme",
        {"acme.json": board_body([gh_job(101), gh_job(102, "Data Scientist")])},
        ["101", "102"],
    )
}
