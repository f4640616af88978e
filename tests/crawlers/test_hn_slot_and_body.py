"""An HN header's role slot against the body: a slot that says how good a hire is gives way to
the job the hiring sentence names; job links name the roles when nothing else does."""

from __future__ import annotations

import pytest

from tests.crawlers.board_fixtures import hn_one_comment


def titles(text: str) -> list[str]:
    result = hn_one_comment(text)
    assert result.errors == [], result.errors
    return [i["title"] for i in result.items]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seeking PHP Experts | Acme | Gainesville, FL | Onsite<p>Acme is seeking talented "
            "Software Engineers with deep knowledge of PHP to join our team.",
            ["Software Engineer"],
        ),
        # traps: with no hiring sentence the slot stays; a head noun alone names no other job
        ("Acme | PHP Experts | Gainesville, FL<p>We build CRM software.", ["PHP Expert"]),
        (
            "Acme | MySQL Database Expert | Remote<p>We're hiring engineers to scale it.",
            ["MySQL Database Expert"],
        ),
        # trap: a slot naming a job keeps it beside another job the sentence names
        (
            "Acme | Backend Engineer | Berlin<p>We're also hiring data scientists to build models.",
            ["Backend Engineer", "data scientist"],
        ),
    ],
)
def test_a_slot_saying_how_good_gives_way_to_the_hiring_sentence(text, expected):
    assert titles(text) == expected


def _link(url: str) -> str:
    escaped = url.replace("/", "&#x2F;")
    return f'<a href="{escaped}" rel="nofollow">{escaped}</a>'


@pytest.mark.parametrize(
    ("links", "expected"),
    [
        (
            ["https://acme.example/jobs/senior-frontend-web-engineer/"],
            ["Senior Frontend Web Engineer"],
        ),
        # an id before the title, a team or place after it, a page extension
        (
            [
                "https://board.example/jobs/60087-lead-data-scientist",
                "https://acme.example/careers/principal-software-engineer-big-data-platform-here",
                "https://acme.example/careers/android-software-engineer-video.html",
            ],
            ["Lead Data Scientist", "Principal Software Engineer", "Android Software Engineer"],
        ),
        # traps: a head alone, no head, a sentence, a careers page, a title said twice
        (
            [
                "https://acme.example/engineers",
                "https://acme.example/developer-social-network",
                "https://acme.example/blog/how-we-hire-engineers",
                "https://jobs.lever.co/acme",
                "https://acme.example/jobs/data-engineer",
                "https://acme.example/jobs/123-data-engineer",
            ],
            ["Data Engineer"],
        ),
    ],
)
def test_job_links_name_the_roles_when_nothing_else_does(links, expected):
    body = "".join(f"<p>{_link(u)}" for u in links)
    assert titles(f"Acme | Berlin | ONSITE<p>We build maps.{body}") == expected


def test_job_links_do_not_add_to_roles_the_comment_names():
    link = _link("https://acme.example/jobs/senior-frontend-web-engineer/")
    text = f"Acme | Data Engineer | Berlin<p>We build maps.<p>{link}"
    assert titles(text) == ["Data Engineer"]


def test_a_header_link_names_the_role():
    text = (
        "Acme | Austin, TX | Onsite | up to $100k | "
        f"{_link('https://www.acme.example/about/software-developer-test/')}<p>We build it."
    )
    assert titles(text) == ["Software Developer"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme | London | REMOTE<p>We're looking for:<p>- Full-stack developers with "
            "experience building single-page apps.<p>- Interface designers who can also code"
            "<p>- People with a passion for cities.",
            ["Full-stack developer", "Interface designer"],
        ),
        (
            "Acme | Operations | SF<p>+ Operations Manager to handle office logistics."
            "<p>+ Recruiter to expand our hiring pipeline.<p>— Product Designer who loves maps",
            ["Operations Manager", "Recruiter", "Product Designer"],
        ),
        # traps: bullets about the work or the person name no role; a sentence is no bullet
        (
            "Acme | Backend Engineer | Berlin<p>- Work with the team to ship features"
            "<p>- Experience with Go<p>Engineers who join us get a laptop.",
            ["Backend Engineer"],
        ),
    ],
)
def test_a_bullet_opening_on_a_title_before_a_clause_names_it(text, expected):
    assert titles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of several kinds that says the header's roles again names its others too
        (
            "Acme | Software Engineer, Research Scientist, Product Manager | Tokyo<p>We are "
            "looking to hire talented research scientists, machine learning engineers, software "
            "engineers, product managers, etc.",
            [
                "Software Engineer",
                "Research Scientist",
                "Product Manager",
                "machine learning engineer",
            ],
        ),
        # traps: a list of one kind is one role praised; a title alone is the header's again
        (
            "Acme | Software Engineer | Pittsburgh<p>Acme is seeking creative, energetic and "
            "driven Software Engineers with strong skills.",
            ["Software Engineer"],
        ),
        (
            "Acme | Senior JavaScript Engineers | Austin<p>We're looking for frontend engineers "
            "to join our team.",
            ["Senior JavaScript Engineer"],
        ),
    ],
)
def test_a_hiring_list_naming_the_header_roles_again_adds_its_others(text, expected):
    assert titles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title over a range of levels, opened at each level: one posting per level
        (
            "Acme | Mid to Senior JavaScript developers | London | 35k–60k<p>We are looking for "
            "a mid-level dev and a senior dev to join our team.",
            ["Mid-level JavaScript developer", "Senior JavaScript developer"],
        ),
        # traps: one level opened; no range in the title; another role beside a level
        (
            "Acme | Mid to Senior JavaScript developers | London<p>We are looking for a senior "
            "dev to lead the team.",
            ["Mid to Senior JavaScript developer"],
        ),
        (
            "Acme | Senior JavaScript developers | London<p>We are looking for a mid-level dev "
            "and a senior dev to join our team.",
            ["Senior JavaScript developer"],
        ),
        (
            "Acme | Junior/Senior Go Engineers | Berlin<p>We're hiring a junior engineer and a "
            "data scientist to build it.",
            ["Junior/Senior Go Engineer", "data scientist"],
        ),
    ],
)
def test_a_range_of_levels_opened_at_each_level_is_one_posting_per_level(text, expected):
    assert titles(text) == expected


def test_specialities_among_roles_are_written_as_their_engineers():
    assert titles("Acme | Backend Developer, Frontend Dev, Full Stack | Berlin") == [
        "Backend Developer",
        "Frontend Developer",
        "Full Stack Engineer",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body's lines detail some of the slot's roles: the others stay
        (
            "Acme | Software Engineers, Data Scientists, UX Lead | London<p>Open roles:"
            "<p>- Senior iOS Engineer<p>- Senior Android Engineer",
            ["Senior iOS Engineer", "Senior Android Engineer", "Data Scientist", "UX Lead"],
        ),
        # traps: the slot's role is a line's (by its head or a word of it)
        (
            "Acme | Technical Lead | SF<p>Open roles:<p>- Lead Software Engineer"
            "<p>- Sr Software Engineer",
            ["Lead Software Engineer", "Sr Software Engineer"],
        ),
        (
            "Acme | Engineers, Designer | SF<p>Open roles:<p>- full stack engineer"
            "<p>- product design lead",
            ["full stack engineer", "product design lead"],
        ),
    ],
)
def test_body_lines_and_the_slot_roles_they_leave_out(text, expected):
    assert titles(text) == expected


def test_a_slot_that_is_a_sentence_names_no_role():
    text = (
        "Acme | Oakland, CA | Team of 7 engineers in the SF bay area and on the East coast"
        "<p>We build tools."
    )
    result = hn_one_comment(text)
    assert result.items == []
    assert [e["reason"] for e in result.errors] == ["missing_required"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Title @ Company": the company named there, the slots after it places
        (
            "Software Engineer @ Quartzy | Palo Alto, CA | ONSITE",
            ("Quartzy", "Software Engineer", "Palo Alto, CA"),
        ),
        # a hiring verb before the title, "needed" after it
        (
            "Acme | We are looking for Frontend Developer | Austin",
            ("Acme", "Frontend Developer", "Austin"),
        ),
        ("Acme | FULL STACK DEV NEEDED | Austin", ("Acme", "FULL STACK Developer", "Austin")),
        # trap: an address is no company
        (
            "Acme | Data Engineer | Berlin | jobs@acme.example",
            ("Acme", "Data Engineer", "Berlin | jobs@acme.example"),
        ),
    ],
)
def test_what_a_role_slot_says_besides_its_title(text, expected):
    [item] = hn_one_comment(text).items
    assert (item["company"], item["title"], item["location_raw"]) == expected
