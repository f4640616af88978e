"""A role's place or mode written on its title moves to the role's own fields; a team or a stack
written there stays in the title."""

from __future__ import annotations

import pytest

from jobwatch.crawlers.extract.hn_body import Role
from jobwatch.crawlers.extract.hn_places import noted
from tests.crawlers.board_fixtures import hn_one_comment


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Software Engineer - Seattle, WA - Relocation Available",
            ("Software Engineer", "Seattle, WA | Relocation Available", None),
        ),
        (
            "Senior Engineer, Search - (Chicago or remote)",
            ("Senior Engineer, Search", "Chicago or remote", "Chicago or remote"),
        ),
        (
            "Event Marketing Manager (Bay Area Only)",
            ("Event Marketing Manager", "Bay Area Only", None),
        ),
        ("Data Engineer - Remote", ("Data Engineer", "Remote", "Remote")),
        # traps: a team, a stack, a qualifier that is no place; a mode word that is the title
        ("Software Engineer - Payments", ("Software Engineer - Payments", None, None)),
        ("Software Engineer (PHP)", ("Software Engineer (PHP)", None, None)),
        ("Go Backend Developer - Blockchain", ("Go Backend Developer - Blockchain", None, None)),
        ("Remote", ("Remote", None, None)),
    ],
)
def test_place_and_mode_notes_leave_the_title(title, expected):
    role = noted(Role(title))
    fields = role.fields
    assert (role.title, fields and fields.location, fields and fields.remote) == expected


def test_a_role_line_s_place_note_is_its_posting_s_place():
    text = (
        "Acme | Berlin | ONSITE<p>Open roles:<p>- Data Engineer - Remote"
        "<p>- Software Engineer - Payments"
    )
    result = hn_one_comment(text)
    assert [(i["title"], i["location_raw"], i["remote_raw"]) for i in result.items] == [
        ("Data Engineer", "Remote", "Remote"),
        ("Software Engineer - Payments", "Berlin", "ONSITE"),
    ]
