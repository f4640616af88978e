"""An HN header's role slot against the body: a slot that says how good a hire is gives way to
the job the hiring sentence names."""

from __future__ import annotations

import pytest

from jobwatch.crawlers.extract.hn import extract_thread
from tests.crawlers.board_fixtures import hn_comment, hn_thread_body

CTX = {"board": "hn", "fetched_at": "2026-11-10T08:00:00Z", "crawl_id": "hn-20261110T080000Z-a1"}
URL = "https://hn.algolia.com/api/v1/items/46100000"


def titles(text: str) -> list[str]:
    result = extract_thread(hn_thread_body([hn_comment(7, text)]), url=URL, **CTX)
    assert result.errors == [], result.errors
    return [i["title"] for i in result.items]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seeking PHP Experts | Acme | Gainesville, FL | Onsite<p>Acme is seeking talented "
            "Software Engineers with deep knowledge of PHP to join our team.",
            ["Software Engineers"],
        ),
        # traps: with no hiring sentence the slot stays; a head noun alone names no other job
        ("Acme | PHP Experts | Gainesville, FL<p>We build CRM software.", ["PHP Experts"]),
        (
            "Acme | MySQL Database Expert | Remote<p>We're hiring engineers to scale it.",
            ["MySQL Database Expert"],
        ),
        # trap: a slot naming a job keeps it beside another job the sentence names
        (
            "Acme | Backend Engineer | Berlin<p>We're also hiring data scientists to build models.",
            ["Backend Engineer", "data scientists"],
        ),
    ],
)
def test_a_slot_saying_how_good_gives_way_to_the_hiring_sentence(text, expected):
    assert titles(text) == expected
