"""An HN comment's postings as a reader counts them: header slots in any order, roles listed in
the body, a role's own header line, the hiring sentence when the header names no role or another
kind of job, a prose comment that names its company and lists roles."""

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
        # an abbreviation is a role slot, written in full; "Sr." does not end the field
        (
            "Acme | Sr. SWE | NYC | ONSITE",
            [("Acme", "Sr. Software Engineer", "NYC", "ONSITE", None)],
        ),
        ("Acme | Remote | MLE", [("Acme", "Machine Learning Engineer", None, "Remote", None)]),
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
                ("Acme", "Product Manager", "Ottawa, Canada", "Onsite", None),
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
        # a hiring verb before the title is no part of it; trap: "Hiring Manager" is a title
        (
            "Acme | Now Hiring Senior Python Developers! | Austin, TX",
            [("Acme", "Senior Python Developer", "Austin, TX", None, None)],
        ),
        (
            "Acme | Hiring Manager | Austin, TX",
            [("Acme", "Hiring Manager", "Austin, TX", None, None)],
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
            ["Data Engineer", "Quant Developer", "Site Reliability Engineer"],
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
            ["Developer", "Analyst"],
        ),
        # bullets under a roles label name roles by their lead, even without a head noun
        (
            "Acme | San Francisco, CA | Onsite<p>Roles we’re hiring for include:"
            "<p>* Embedded software -- write flight code.<p>* Electrical -- PCB design, layout."
            "<p>Please check out our postings.",
            ["Embedded software Engineer", "Electrical"],
        ),
        # a numbered role line opens on its title and link, its description after
        (
            f"Acme | Multiple Roles | London<p>1) Machine Learning Engineer ({LINK}). You'd be "
            f"working with the CTO.<p>2) Senior Software Engineer ({LINK}). You'd build it.",
            ["Machine Learning Engineer", "Senior Software Engineer"],
        ),
        # trap: requirement bullets under a label are no roles; the slot stays
        (
            "Acme | Backend Engineer | Berlin<p>We're looking for:<p>* 5+ years of Go"
            "<p>* Strong SQL skills",
            ["Backend Engineer"],
        ),
        # a labelled inline list, mostly roles; a function in it is a role too
        (
            "Acme | Onsite | London<p>LONDON, UK: Frontend Developer, Product Designer, Sales, "
            "Data Engineer",
            ["Frontend Developer", "Product Designer", "Sales", "Data Engineer"],
        ),
        # trap: a function alone on a line, or in a list with one title, names no role
        (
            "Acme | Backend Engineer | Berlin<p>Sales<p>Teams: Sales, Marketing, Data Engineer",
            ["Backend Engineer"],
        ),
        # trap: a section heading and a signature are no roles; the slot's list is written out
        (
            "Acme | PM, Eng, Sales | Berlin<p>==Founding Team==<p>– Colin Roper, VP of Product",
            ["Product Manager", "Engineer", "Sales"],
        ),
        # bullets with abbreviated heads and a parenthetical list, in a code block
        (
            "Acme | Full-Time | SF or REMOTE<p>Seeking engineers who are passionate.<p><pre><code>"
            "  * Android Eng.\n  * Desktop Eng.\n  * Designer (UX, Graphic Design, etc)\n"
            "</code></pre>",
            ["Android Engineer", "Desktop Engineer", "Designer"],
        ),
    ],
)
def test_roles_listed_in_the_body(text, titles):
    assert [p[1] for p in postings(text)] == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # the hiring sentence names another kind of job beside the header's role
        (
            "Acme | Senior Software Engineers | London<p>We are on the lookout for talented "
            "software engineers and data scientists to help us.",
            ["Senior Software Engineer", "data scientist"],
        ),
        # traps: the header's role said again, in general or with another head of its kind
        (
            "Acme | Full Stack Developer | Munich<p>We are looking for engineers who want impact.",
            ["Full Stack Developer"],
        ),
        (
            "Acme | Senior JavaScript Engineers | Remote<p>We're hiring a software engineer to "
            "own the editor.",
            ["Senior JavaScript Engineer"],
        ),
        (
            "Acme | DevOps/Infrastructure | Remote<p>We are looking for a DevOps/Infrastructure "
            "engineer to run it.",
            ["DevOps/Infrastructure Engineer"],
        ),
    ],
)
def test_the_hiring_sentence_adds_the_roles_the_header_does_not_name(text, titles):
    assert [p[1] for p in postings(text)] == titles


@pytest.mark.parametrize(
    ("slot", "titles"),
    [
        # how the job is held is dropped from a list of roles
        (
            "FULL TIME, CONTRACTORS, GRADUATE INTERNS, POSTDOCTORAL FELLOWS, ONSITE, VISA",
            ["GRADUATE INTERN", "POSTDOCTORAL FELLOW"],
        ),
        ("Software Engineer, INTERNS, Remote", ["Software Engineer", "INTERN"]),
        # trap: a qualifier is no way of holding the job
        ("Senior Software Engineer, Growth", ["Senior Software Engineer, Growth"]),
    ],
)
def test_a_role_slot_without_how_the_job_is_held(slot, titles):
    assert [p[1] for p in postings(f"Acme | Palo Alto | {slot}<p>We build.")] == titles


@pytest.mark.parametrize(
    ("header", "titles"),
    [
        # with no role named anywhere, a slot naming a builder's speciality is the role, an
        # engineering field as its engineer; trap: a function stays as it is
        ("Acme | Seattle (Onsite Only) | Full Stack | Full-time", ["Full Stack Engineer"]),
        ("Acme | Frontend JavaScript/React | Edinburgh", ["Frontend JavaScript/React Engineer"]),
        (
            "Acme | Frontend, Backend, Business Development | Munich",
            ["Frontend Engineer", "Backend Engineer", "Business Development"],
        ),
        (
            "Acme | Bay Area | NLP, Telephony, Signal Processing | Python / Haskell",
            ["NLP Engineer", "Telephony Engineer", "Signal Processing Engineer"],
        ),
    ],
)
def test_a_speciality_slot_is_the_role_when_nothing_else_names_one(header, titles):
    assert [p[1] for p in postings(f"{header}<p>We build maps.")] == titles


@pytest.mark.parametrize(
    "header",
    [
        # traps: a stack, places, how the job is held, a speciality word inside a longer slot
        "Acme | Python, Django, React | Berlin",
        "Acme | Berlin, London | ONSITE",
        "Acme | Full Time, ONSITE | Berlin",
        "Acme | Berlin | Data-driven logistics for 2,000 shops",
    ],
)
def test_no_speciality_slot_leaves_the_comment_without_a_role(header):
    result = extract_thread(
        hn_thread_body([hn_comment(7, f"{header}<p>We build.")]), url=URL, **CTX
    )
    assert result.items == []
    assert [e["reason"] for e in result.errors] == ["missing_required"]


def test_a_comment_without_a_pipe_header_that_names_its_company_and_lists_roles():
    text = (
        "Oscar Insurance is a startup using technology to change care.<p>We're hiring:"
        f"<p>Software Engineer: Data/Systems (LA): {LINK}<p>Site Reliability Engineer (NYC): {LINK}"
        f"<p>Software Engineer: Data/Systems (NYC): {LINK}<p>Security Engineer (NYC): {LINK}"
    )
    # a role line's place is the role's place; a role listed at two places is one posting
    assert postings(text) == [
        ("Oscar Insurance", "Software Engineer: Data/Systems", "LA | NYC", None, None),
        ("Oscar Insurance", "Site Reliability Engineer", "NYC", None, None),
        ("Oscar Insurance", "Security Engineer", "NYC", None, None),
    ]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # a role's label before its link is the title, the team after the colon included
        (f"Software Engineer: Web & Mobile: {LINK}", "Software Engineer: Web & Mobile"),
        # traps: prose after the colon describes the role; a label with no link is a lead
        (f"Data Engineer: you love data: {LINK}", "Data Engineer"),
        ("Data Engineer: Platform:", "Data Engineer"),
    ],
)
def test_a_role_label_before_its_link(line, title):
    text = f"Acme | Multiple roles | Berlin<p>{line}<p>QA Engineer: {LINK}"
    assert [p[1] for p in postings(text)] == [title, "QA Engineer"]


@pytest.mark.parametrize(
    "text",
    [
        # traps: a reply naming no company, a company with a single role line, prose only
        "My reason to read these is inspiration.<p>Data Engineer<p>Security Engineer",
        "Acme is a startup.<p>Data Engineer: you love data.",
        "Acme is a startup building robots.<p>We are great. Email us.",
    ],
)
def test_prose_without_a_company_and_role_lines_is_not_a_posting(text):
    result = extract_thread(hn_thread_body([hn_comment(7, text)]), url=URL, **CTX)
    assert result.items == []
    assert [e["reason"] for e in result.errors] == ["not_a_posting"]


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
