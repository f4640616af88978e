"""An HN comment's postings as a reader counts them: header slots in any order, roles listed in
the body, a role's own header line, the hiring sentence when the header names no role."""

from __future__ import annotations

import pytest

from jobwatch.crawlers.extract.hn import extract_thread
from tests.crawlers.board_fixtures import hn_comment, hn_thread_body

CTX = {"board": "hn", "fetched_at": "2026-11-10T08:00:00Z", "crawl_id": "hn-20261110T080000Z-a1"}
URL = "https://hn.algolia.com/api/v1/items/46100000"
FIELDS = ("company", "title", "location_raw", "remote_raw", "salary_raw")
LINK = (
    '<a href="https:&#x2F;&#x2F;jobs.acme.example&#x2F;7">https:&#x2F;&#x2F;jobs.acme.example</a>'
)


def postings(text: str) -> list[tuple]:
    result = extract_thread(hn_thread_body([hn_comment(7, text)]), url=URL, **CTX)
    assert result.errors == [], result.errors
    return [tuple(i[f] for f in FIELDS) for i in result.items]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abbreviation is a role slot; "Sr." does not end the field as a sentence would
        ("Acme | Sr. SWE | NYC | ONSITE", [("Acme", "Sr. SWE", "NYC", "ONSITE", None)]),
        ("Acme | Remote | MLE", [("Acme", "MLE", None, "Remote", None)]),
        # slots in any order: pay before the place, the role last, a pay slot without a sign
        (
            "Acme | $150k-$180k | Berlin, Germany | ONSITE | Backend Engineer",
            [("Acme", "Backend Engineer", "Berlin, Germany", "ONSITE", "$150k-$180k")],
        ),
        (
            "Acme | 120-180k | Austin, TX | Data Engineer",
            [("Acme", "Data Engineer", "Austin, TX", None, "120-180k")],
        ),
        # a header line that ends on a pipe goes on on the next line
        (
            "Acme |\nData Engineer, Product Managers | Ottawa, Canada | Onsite<p>We build.",
            [
                ("Acme", "Data Engineer", "Ottawa, Canada", "Onsite", None),
                ("Acme", "Product Managers", "Ottawa, Canada", "Onsite", None),
            ],
        ),
        # a stack slot before the place: every free slot is kept as a place candidate (the
        # normalizer reads the first that names one); trap: a stack slot after it comes second
        (
            "M U Inc | Senior Computing Engineer | Rust/C++ | Austin, TX | ONSITE",
            [("M U Inc", "Senior Computing Engineer", "Rust/C++ | Austin, TX", "ONSITE", None)],
        ),
        (
            "Acme | Data Engineer | Berlin | Scala, Spark",
            [("Acme", "Data Engineer", "Berlin | Scala, Spark", None, None)],
        ),
        # trap: a level alone is neither the title nor the place
        (
            "Acme | Senior | NYC<p>We're hiring a backend engineer to own payments.",
            [("Acme", "backend engineer", "NYC", None, None)],
        ),
    ],
)
def test_header_slots(text, expected):
    assert postings(text) == expected


def test_generic_role_slot_reads_the_roles_from_the_body():
    text = (
        f"Acme | Multiple roles | London | ONSITE<p>Positions:<p>Security Engineer ({LINK})"
        f"<p>Site Reliability Engineer: {LINK}<p>Apply at jobs@acme.example"
    )
    assert [p[1] for p in postings(text)] == ["Security Engineer", "Site Reliability Engineer"]


def test_a_generic_slot_with_no_roles_in_the_body_is_quarantined_with_its_reason():
    body = hn_thread_body([hn_comment(7, "Acme | Various positions | Berlin<p>We are great.")])
    result = extract_thread(body, url=URL, **CTX)
    assert result.items == []
    assert [e["reason"] for e in result.errors] == ["missing_required"]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # several roles listed one per line are the postings; the slot was their summary
        (
            "Acme | Software Engineer | Remote<p>We're hiring for a couple engineering roles:"
            "<p>• iOS Engineer —— working with Swift<p>• Backend Engineer —— Go and Postgres",
            ["iOS Engineer", "Backend Engineer"],
        ),
        (
            "Acme | Data Engineer, SRE | Paris<p>== Positions<p>- Data Engineer: You love data."
            "<p>- Quant Developer: You excel at Python.<p>- SRE: You master Linux.",
            ["Data Engineer", "Quant Developer", "SRE"],
        ),
        # a single dash ends the title where prose follows it
        (
            "Acme | Multiple Engineering | Onsite<p>* Firmware/Embedded Engineer - You live and "
            "breathe C and ARM.<p>* iOS Engineer - You focus on the user experience.",
            ["Firmware/Embedded Engineer", "iOS Engineer"],
        ),
        # a single role line is no list: the slot stays
        (
            "Acme | Developers & Analysts | Qingdao<p>Data Analysts (Big Data)",
            ["Developers", "Analysts"],
        ),
        # bullets under a roles label name roles by their lead, even without a head noun
        (
            "Acme | San Francisco, CA | Onsite<p>Roles we’re hiring for include:"
            "<p>* Embedded software -- write flight code.<p>* Electrical -- PCB design, layout."
            "<p>Please check out our postings.",
            ["Embedded software", "Electrical"],
        ),
        # trap: requirement bullets under a label are no roles; the slot stays
        (
            "Acme | Backend Engineer | Berlin<p>We're looking for:<p>* 5+ years of Go"
            "<p>* Strong SQL skills",
            ["Backend Engineer"],
        ),
        # a labelled inline list, mostly roles; the department in it is dropped
        (
            "Acme | Onsite | London<p>LONDON, UK: Frontend Developer, Product Designer, Sales, "
            "Data Engineer",
            ["Frontend Developer", "Product Designer", "Data Engineer"],
        ),
        # trap: a section heading and a signature are no roles
        (
            "Acme | PM, Eng, Sales | Berlin<p>==Founding Team==<p>– Colin Roper, VP of Product",
            ["PM, Eng, Sales"],
        ),
    ],
)
def test_roles_listed_in_the_body(text, titles):
    assert [p[1] for p in postings(text)] == titles


def test_a_role_with_its_own_header_line_is_a_posting_with_its_own_fields():
    text = (
        "Acme | Berlin | ONSITE | VISA | €50k - €80k depending on a role<p>We make VPNs."
        f"<p>1) DevOps Engineer | ONSITE | €50k - €65k job description: {LINK}"
        f"<p>2) Client Developer | REMOTE | €50k - €70k job description: {LINK}"
    )
    assert postings(text) == [
        ("Acme", "DevOps Engineer", "Berlin", "ONSITE", "€50k - €65k job description"),
        ("Acme", "Client Developer", "Berlin", "REMOTE", "€50k - €70k job description"),
    ]


def test_a_second_header_in_the_body_adds_its_role():
    text = (
        "Acme | Software Engineer - iOS | Salzburg, Austria | ONSITE | € 33k-45k<p>About it."
        "<p>Acme |Technical QA Engineer | Salzburg, Austria | ONSITE | € 35k-48k<p>Apply."
    )
    assert [(p[1], p[4]) for p in postings(text)] == [
        ("Software Engineer - iOS", "€ 33k-45k"),
        ("Technical QA Engineer", "€ 35k-48k"),
    ]
