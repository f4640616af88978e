"""HN who-is-hiring extract: thread discovery, header fields, role splitting, skipped comments."""

from __future__ import annotations

import pytest

from jobwatch.crawlers.extract.hn import extract_thread, find_thread
from jobwatch.crawlers.extract.hn_split import split_roles
from jobwatch.crawlers.items import RAW_FIELDS
from tests.crawlers.board_fixtures import hn_comment, hn_search_body, hn_story, hn_thread_body

CTX = {"board": "hn", "fetched_at": "2026-11-10T08:00:00Z", "crawl_id": "hn-20261110T080000Z-a1"}
URL = "https://hn.algolia.com/api/v1/items/46100000"


def test_find_thread_picks_the_newest_who_is_hiring_story():
    body = hn_search_body(
        [
            hn_story(46100002, "Ask HN: Who wants to be hired? (November 2026)", 1793714402),
            hn_story(
                46100001, "Ask HN: Freelancer? Seeking freelancer? (November 2026)", 1793714401
            ),
            hn_story(46100000, "Ask HN: Who is hiring? (November 2026)", 1793714400),
            hn_story(45800000, "Ask HN: Who is hiring? (October 2026)", 1791036000),
        ]
    )
    result = find_thread(body, url="u", **CTX)
    assert not result.page_failed
    assert result.items == []
    assert result.notes == {
        "thread_id": "46100000",
        "title": "Ask HN: Who is hiring? (November 2026)",
    }


def test_find_thread_without_a_hiring_story_fails_with_a_reason():
    body = hn_search_body([hn_story(1, "Ask HN: Who wants to be hired? (May 2026)", 1)])
    result = find_thread(body, url="u", **CTX)
    assert result.page_failed
    assert (result.errors[0]["reason"], result.errors[0]["detail"]) == (
        "no_thread",
        'no "Who is hiring?" story among 1 hits',
    )


def one(text: str) -> list[dict]:
    result = extract_thread(hn_thread_body([hn_comment(46100100, text)]), url=URL, **CTX)
    assert result.errors == [], result.errors
    return result.items


def test_full_record_from_a_pipe_header():
    text = (
        "Lumen Forge | Senior ML Engineer | Berlin, Germany | REMOTE (EU) | Full-time | "
        "€90k-€120k<p>We build &#x2F; ship models.<p>Apply: jobs@lumen.example"
    )
    [item] = one(text)
    payload = {k: v for k, v in hn_comment(46100100, text).items() if k != "children"}
    assert item == {
        "source": "hn",
        "source_id": "46100100",
        "title": "Senior ML Engineer",
        "board": "hn",
        "url": "https://news.ycombinator.com/item?id=46100100",
        "company": "Lumen Forge",
        "location_raw": "Berlin, Germany",
        "remote_raw": "REMOTE (EU)",
        "employment_type_raw": "Full-time",
        "department_raw": None,
        "description_html": text,
        "description_text": (
            "Lumen Forge | Senior ML Engineer | Berlin, Germany | REMOTE (EU) | "
            "Full-time | €90k-€120k\nWe build / ship models.\n"
            "Apply: jobs@lumen.example"
        ),
        "salary_raw": "€90k-€120k",
        "salary_structured": None,
        "posted_at_raw": "2026-11-03T15:01:00.000Z",
        "updated_at_raw": None,
        "fetched_at": "2026-11-10T08:00:00Z",
        "crawl_id": "hn-20261110T080000Z-a1",
        "payload": payload,
    }
    assert set(item) == set(RAW_FIELDS)


FIELDS = ("company", "title", "location_raw", "remote_raw", "salary_raw", "employment_type_raw")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the canonical order
        (
            "Acme | Data Engineer | NYC | ONSITE | $150k-$180k",
            [("Acme", "Data Engineer", "NYC", "ONSITE", "$150k-$180k", None)],
        ),
        # fields out of order, a link field, HTML in the company
        (
            "<i>Kiteworks</i> | https://kite.example/jobs | Remote (US) | ML Platform Engineer",
            [("Kiteworks", "ML Platform Engineer", "Remote (US)", "Remote (US)", None, None)],
        ),
        # the role first, the company second; the hiring verb is no part of the title
        (
            "Seeking Rust Experts | Ferrous | Austin, TX | Onsite, Full Time",
            [("Ferrous", "Rust Expert", "Austin, TX", "Onsite, Full Time", None, None)],
        ),
        # several roles in one field: one posting each ("and more" is not a role)
        (
            "Quill | iOS Engineer, QA Lead, and more | London | ONSITE",
            [
                ("Quill", "iOS Engineer", "London", "ONSITE", None, None),
                ("Quill", "QA Lead", "London", "ONSITE", None, None),
            ],
        ),
        # remote inside a salary field still says remote
        (
            "Level Nine | Backend Developer | Leeds, UK | REMOTE, SALARY: £60k",
            [
                (
                    "Level Nine",
                    "Backend Developer",
                    "Leeds, UK",
                    "REMOTE, SALARY: £60k",
                    "REMOTE, SALARY: £60k",
                    None,
                )
            ],
        ),
        # the header runs on into prose (a new line, or a link then prose) without a <p>
        (
            "Orbit | Site Reliability Engineer | Toronto | ONSITE\nWe run the rockets. Join us.",
            [("Orbit", "Site Reliability Engineer", "Toronto", "ONSITE", None, None)],
        ),
        (
            "Civic | Designers | Washington, DC | ONSITE https://civic.example/ The best of it.",
            [("Civic", "Designer", "Washington, DC", "ONSITE", None, None)],
        ),
        # no role in the header: the roles listed in the body
        (
            "Samsa | San Francisco, CA | Full Time | ONSITE<p>Open roles:<p>* Security Engineer"
            "<p>* Data Scientist<p>Apply at samsa.example",
            [
                ("Samsa", "Security Engineer", "San Francisco, CA", "ONSITE", None, "Full Time"),
                ("Samsa", "Data Scientist", "San Francisco, CA", "ONSITE", None, "Full Time"),
            ],
        ),
        (
            "Textly | Seattle, WA | On-Site"
            "<p>Open Roles: Data Platform Engineer, Senior UX Designer",
            [
                ("Textly", "Data Platform Engineer", "Seattle, WA", "On-Site", None, None),
                ("Textly", "Senior UX Designer", "Seattle, WA", "On-Site", None, None),
            ],
        ),
    ],
)
def test_header_fields_and_role_split(text, expected):
    items = one(text)
    assert [tuple(i[f] for f in FIELDS) for i in items] == expected
    ids = [i["source_id"] for i in items]
    assert ids == (["46100100"] if len(items) == 1 else [f"46100100-{n}" for n in (1, 2)])


@pytest.mark.parametrize(
    ("field", "roles"),
    [
        ("Software Engineers, Product Managers", ["Software Engineers", "Product Managers"]),
        # a plural head is shared: frontend engineers and backend engineers
        ("Frontend & Backend Engineers", ["Frontend Engineers", "Backend Engineers"]),
        (
            "Full Stack Developer - Python, React, SQL",
            ["Full Stack Developer - Python, React, SQL"],
        ),
        ("Senior / Lead Developer", ["Senior / Lead Developer"]),
        ("Data Scientist and ML Engineer", ["Data Scientist", "ML Engineer"]),
        ("Designer; Analyst; etc.", ["Designer", "Analyst"]),
    ],
)
def test_split_roles(field, roles):
    assert split_roles(field) == roles


def test_deleted_and_non_posting_comments_are_counted_not_dropped():
    comments = [
        hn_comment(1, "Acme | Data Engineer | NYC"),
        hn_comment(2, None),  # deleted: the API keeps the child with no author and no text
        hn_comment(3, "[flagged]"),
        hn_comment(4, "Great thread, thanks for organising this every month!"),
        hn_comment(5, "Lantern | Berlin | ONSITE<p>Come say hi at our office."),
    ]
    result = extract_thread(hn_thread_body(comments), url=URL, **CTX)
    assert [i["source_id"] for i in result.items] == ["1"]
    assert [(e["reason"], e["body"]["id"]) for e in result.errors] == [
        ("deleted", 2),
        ("deleted", 3),
        ("not_a_posting", 4),
        ("missing_required", 5),
    ]
    assert all("children" not in e["body"] for e in result.errors)  # replies are not kept
    assert result.notes == {"comments": 5}


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("<html>502 Bad Gateway</html>", "not_json"),
        ('{"id": 1}', "unexpected_shape"),
        ('{"children": [', "malformed_json"),
    ],
)
def test_unusable_thread_body_fails_the_page(body, reason):
    result = extract_thread(body, url=URL, **CTX)
    assert result.page_failed
    assert [e["reason"] for e in result.errors] == [reason]
