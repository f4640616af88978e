"""An HN comment with no pipe header is a posting when it names its company (a first sentence
about it, or a first line that is only its name, place or link) over roles listed one per line
or a header line of a role's own."""

from __future__ import annotations

import pytest

from tests.crawlers.board_fixtures import hn_one_comment

ROLES = "<p>Data Engineer<p>Backend Engineer"
PLACES = "San Francisco, CA, Vancouver, B.C., Berlin, Germany and/or Warsaw"


def extracted(text: str) -> tuple[list[tuple], list[str]]:
    result = hn_one_comment(text)
    items = [(i["company"], i["title"], i["location_raw"]) for i in result.items]
    return items, [e["reason"] for e in result.errors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first line that is a name, with its place after a dash or in parentheses
        (
            f"CACI International Inc. - Rome, NY{ROLES}",
            [
                ("CACI International Inc.", "Data Engineer", "Rome, NY"),
                ("CACI International Inc.", "Backend Engineer", "Rome, NY"),
            ],
        ),
        (
            f"Sauce Labs ({PLACES}){ROLES}",
            [
                ("Sauce Labs", "Data Engineer", PLACES),
                ("Sauce Labs", "Backend Engineer", PLACES),
            ],
        ),
        (
            f"Virta Health\nSan Francisco, CA (ONSITE){ROLES}",
            [("Virta Health", "Data Engineer", None), ("Virta Health", "Backend Engineer", None)],
        ),
        # a first sentence about the company over one role with a header line of its own
        (
            "Hotjar is a young startup that embraces remote working.<p>"
            "Hotjar | DevOps Engineer (Europe) | Remote<p>We value autonomy.",
            [("Hotjar", "DevOps Engineer (Europe)", None)],
        ),
    ],
)
def test_a_comment_naming_its_company_over_role_lines(text, expected):
    assert extracted(text) == (expected, [])


@pytest.mark.parametrize(
    "text",
    [
        # traps: a line that names no one, a line opening on a mode, a sentence, a name over
        # one role line
        f"Thanks for posting, great list{ROLES}",
        f"ONSITE - San Francisco{ROLES}",
        f"Me too!{ROLES}",
        f"My reason to read these is inspiration.{ROLES}",
        "Acme Robotics<p>Data Engineer: you love data.",
    ],
)
def test_a_first_line_that_names_no_company_is_not_a_posting(text):
    assert extracted(text) == ([], ["not_a_posting"])


def test_three_role_lines_make_a_posting_without_a_named_company():
    text = (
        "Relocation to Amsterdam is taken care of by the company, visa included."
        "<p>- Backend developers<p>- Senior Java Developer<p>- UX Designer"
    )
    assert extracted(text) == (
        [
            (None, "Backend developer", None),
            (None, "Senior Java Developer", None),
            (None, "UX Designer", None),
        ],
        [],
    )


def test_two_role_lines_under_a_sentence_are_not_a_posting():
    text = (
        "Relocation to Amsterdam is taken care of by the company.<p>- Backend developers"
        "<p>- UX Designer"
    )
    assert extracted(text) == ([], ["not_a_posting"])
