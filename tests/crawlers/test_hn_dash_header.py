"""An HN header with spaced dashes between its slots reads as the pipe header does; a dash in a
name, a place, a range of levels, figures or years separates nothing."""

from __future__ import annotations

import pytest

from tests.crawlers.board_fixtures import hn_one_comment

FIELDS = ("company", "title", "location_raw", "remote_raw", "salary_raw")


def extracted(text: str) -> tuple[list[tuple], list[str]]:
    result = hn_one_comment(text)
    items = [tuple(i[f] for f in FIELDS) for i in result.items]
    return items, [e["reason"] for e in result.errors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nulab - Amsterdam, NL - Java/Golang Developer - Onsite, full-time<p>We build tools.",
            [("Nulab", "Java/Golang Developer", "Amsterdam, NL", "Onsite, full-time", None)],
        ),
        # an en dash; the role slot last
        (
            "Acme – Berlin, Germany – REMOTE – Data Engineer",
            [("Acme", "Data Engineer", "Berlin, Germany", "REMOTE", None)],
        ),
        # traps: a hyphen in the company or the place is no separator
        (
            "Coca-Cola - Atlanta, GA - Data Engineer - ONSITE",
            [("Coca-Cola", "Data Engineer", "Atlanta, GA", "ONSITE", None)],
        ),
        (
            "Acme - Winston-Salem, NC - Data Engineer - ONSITE",
            [("Acme", "Data Engineer", "Winston-Salem, NC", "ONSITE", None)],
        ),
        # traps: a range of levels and a range of figures stay one slot
        (
            "Acme - Sr. - Staff Engineer - Austin, TX - ONSITE",
            [("Acme", "Sr. - Staff Engineer", "Austin, TX", "ONSITE", None)],
        ),
        (
            "Acme - Data Engineer - Austin, TX - $90k - $120k",
            [("Acme", "Data Engineer", "Austin, TX", None, "$90k - $120k")],
        ),
    ],
)
def test_dash_separated_header(text, expected):
    assert extracted(text) == (expected, [])


@pytest.mark.parametrize(
    "text",
    [
        # traps: two slots only; years; a sentence with dashes in it
        "Acme - Berlin<p>We are great.",
        "Our 2018 - 2019 - 2020 roadmap is public.",
        "We are a small team - based in Berlin - that ships every day.",
    ],
)
def test_dashes_that_make_no_header(text):
    assert extracted(text) == ([], ["not_a_posting"])
