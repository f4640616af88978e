"""HN role reading: lists cut on role boundaries, slots that name no role, hiring sentences."""

from __future__ import annotations

import pytest

from jobwatch.crawlers.extract.hn_body import is_title
from jobwatch.crawlers.extract.hn_hiring import hiring_roles
from jobwatch.crawlers.extract.hn_roles import names_no_role
from jobwatch.crawlers.extract.hn_split import split_roles
from jobwatch.crawlers.extract.hn_titles import field_title, head_kind, in_full


@pytest.mark.parametrize(
    ("field", "roles"),
    [
        # abbreviations are roles
        ("Sr. SWE, MLE", ["Sr. SWE", "MLE"]),
        ("Software Engineer or SRE", ["Software Engineer", "SRE"]),
        # a plural head is shared by the items before it, and so is their level word
        (
            "Senior Python and Angular Engineers",
            ["Senior Python Engineers", "Senior Angular Engineers"],
        ),
        (
            "Senior Backend and Frontend Engineers, Staff SRE",
            ["Senior Backend Engineers", "Senior Frontend Engineers", "Staff SRE"],
        ),
        (
            "DevOps, Rails and Desktop Engineers",
            ["DevOps Engineers", "Rails Engineers", "Desktop Engineers"],
        ),
        # a function named after a complete role is a role of its own, not "DevOps Scientists"
        (
            "Full-stack Engineers, DevOps, Data Scientists, & more!",
            ["Full-stack Engineers", "DevOps", "Data Scientists"],
        ),
        # trap: a singular head makes one role of the list before it
        ("QA & Automation Engineer", ["QA & Automation Engineer"]),
        ("Frontend or Backend Engineer", ["Frontend or Backend Engineer"]),
        # a level word alone takes the whole title after it
        ("Junior and Senior C++ Developers", ["Junior C++ Developers", "Senior C++ Developers"]),
        # trap: a slash is no item
        (
            "frontend and/or backend / DevOps engineers",
            ["frontend and/or backend / DevOps engineers"],
        ),
        ("Aerospace/Controls Engineer", ["Aerospace/Controls Engineer"]),
        # trap: "A/B testing" is a technique, not two roles
        ("A/B Testing & Experimentation Engineer", ["A/B Testing & Experimentation Engineer"]),
        # trap: a name with a conjunction in it is one thing
        ("Research and Development Engineers", ["Research and Development Engineers"]),
        # trap: a qualifier after a comma is part of the title
        ("Software Engineer, Security", ["Software Engineer, Security"]),
        ("Engineer, Developer Experience (DX)", ["Engineer, Developer Experience (DX)"]),
        # numbered items and a dangling conjunction
        (
            "(1) Developer for 'Server Pro', (2) Growth Hacker",
            ["Developer for 'Server Pro'", "Growth Hacker"],
        ),
        (
            "Senior Fullstack Engineer & Fullstack Engineer &",
            ["Senior Fullstack Engineer", "Fullstack Engineer"],
        ),
        # a list of three or more roles and functions, a role among them, is a list of roles
        (
            "PM, Eng, Sales, Marketing, Cust. Exp. and more",
            ["PM", "Eng", "Sales", "Marketing", "Cust. Exp"],
        ),
        (
            "Software Engineers, DevOps, Data Science",
            ["Software Engineers", "DevOps", "Data Science"],
        ),
        (
            "Data Scientist, Product Manager, Machine Learning, Cloud Architect",
            ["Data Scientist", "Product Manager", "Machine Learning", "Cloud Architect"],
        ),
        # an associate is a title's head
        ("Software Engineer, Software Associate", ["Software Engineer", "Software Associate"]),
        # a plural head still goes to the functions before it
        ("Sales and Marketing Managers", ["Sales Managers", "Marketing Managers"]),
        # "Front and Backend": the first shares the second's "end"; trap: a front desk
        ("Front and Backend Developers", ["Frontend Developers", "Backend Developers"]),
        ("front and back end developers", ["front end developers", "back end developers"]),
        ("Front Desk Manager and Chef", ["Front Desk Manager and Chef"]),
        # among two roles or more a builder's speciality is a role; trap: after one title the
        # specialities are its qualifiers
        (
            "Backend Developer, Frontend Dev, Full Stack",
            ["Backend Developer", "Frontend Dev", "Full Stack"],
        ),
        ("Software Engineer, Full Stack, Front End", ["Software Engineer, Full Stack, Front End"]),
        # three whole titles between spaced slashes; traps: two hold one role, a head alone
        (
            "Mid/Senior Front-End Engineer / Back-End Engineer / Senior Data Engineer",
            ["Mid/Senior Front-End Engineer", "Back-End Engineer", "Senior Data Engineer"],
        ),
        (
            "Senior Back-end Developer / DevOps Engineer",
            ["Senior Back-end Developer / DevOps Engineer"],
        ),
        ("Web Designer / Developer / Tech Lead", ["Web Designer / Developer / Tech Lead"]),
        # traps: one function after a title is its qualifier; a stack, places, a mode
        ("Product Manager, Growth", ["Product Manager, Growth"]),
        ("Software Engineer, Design", ["Software Engineer, Design"]),
        ("Sales, Marketing, Design", ["Sales, Marketing, Design"]),
        ("Python, Django, React", ["Python, Django, React"]),
        ("Backend Engineer, Python, Django", ["Backend Engineer, Python, Django"]),
        ("Berlin, London", ["Berlin, London"]),
        ("Full Time, ONSITE", ["Full Time, ONSITE"]),
    ],
)
def test_split_roles_on_role_boundaries(field, roles):
    assert split_roles(field) == roles


@pytest.mark.parametrize(
    ("slot", "no_role"),
    [
        ("Multiple roles", True),
        ("Various positions", True),
        ("Several Engineering Positions", True),
        ("Engineering and Non-Engineering Roles", True),
        ("Various", True),
        ("Hiring!", True),
        # people of any kind are no one job; trap: of any level they are one
        ("Software engineers of all kinds", True),
        ("Engineers of every type", True),
        ("Software engineers of all levels", False),
        # a level alone is not a title
        ("Senior", True),
        ("Mid-Senior", True),
        ("All levels", True),
        # traps: a title that mentions positions or a level is a title
        ("Data Engineer (multiple positions)", False),
        ("Senior Engineer", False),
        ("SWE", False),
        ("Sr. SWE", False),
        ("Head of Data", False),
    ],
)
def test_slots_that_name_no_role(slot, no_role):
    assert names_no_role(slot) is no_role


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Data Engineer", True),
        ("Senior Software Engineer, Security", True),
        ("Software Design Engineer in Test", True),
        ("Head of Data", True),
        ("VP Engineering", True),
        ("Computational Biologist/Bioinformatics", True),
        ("Senior Embedded Security Engineer (link forthcoming, e-mail with interest)", True),
        # traps: a head noun that is not where the title ends, prose, a signature
        ("Dev team stuff", False),
        ("Developer Experience", False),
        ("I'm a developer here, happy to answer questions", False),
        ("Colin Roper, VP of Product @ Zeitgold", False),
        ("==Founding Team==", False),
        ("Senior", False),
    ],
)
def test_what_a_body_line_needs_to_be_a_title(line, title):
    assert is_title(line) is title


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("We're hiring a backend engineer to own payments.", ["backend engineer"]),
        (
            "We are seeking to hire a highly motivated software developer to join us.",
            ["software developer"],
        ),
        ("Acme is hiring a Senior SWE to own our search stack.", ["Senior SWE"]),
        (
            "We are looking for a security engineer and director of product marketing.",
            ["security engineer", "director of product marketing"],
        ),
        (
            "We’re looking for software engineers to join our newest venture.",
            ["software engineers"],
        ),
        # roles with an article are the openings; the bare plural is the umbrella
        (
            "We are looking for software engineers to join our team. We are hiring a DevOps "
            "Engineer and a Full-stack Web Developer (Python, Django).",
            ["DevOps Engineer", "Full-stack Web Developer"],
        ),
        # "and" joins the hiring verb to the sentence; a trailing "etc" closes the list
        (
            "We are growing and looking to hire research scientists, software engineers, etc.",
            ["research scientists", "software engineers"],
        ),
        ("We are looking for a nimble engineer that isn't afraid.", ["engineer"]),
        # builders' specialities share the head, a level word with them
        (
            "We're hiring senior Android and Java engineers for a new office.",
            ["senior Android engineers", "senior Java engineers"],
        ),
        # the list after "roles including"; a link's remains end the list
        (
            "We're hiring for a variety of roles including frontend SWE, and machine learning "
            "scientist. See more.",
            ["frontend SWE", "machine learning scientist"],
        ),
        (
            "We're currently hiring interaction designers and senior engineers, https://a.example",
            ["interaction designers", "senior engineers"],
        ),
        # other hiring verbs; "the" opens a role as "a" does
        ("We are recruiting a data engineer to own pipelines.", ["data engineer"]),
        ("We are looking to add two backend engineers.", ["backend engineers"]),
        (
            "We are currently seeking to appoint the most innovative Senior Front End Developer "
            "in tech.",
            ["Senior Front End Developer"],
        ),
        # traps: a question about the reader names no role; "the" before no title
        ("Are you the Java Engineer to build our maps?", []),
        ("We are seeking to appoint the right person.", []),
        # the period of "Jr." and "Sr." ends no sentence; trap: a sentence's own period does
        (
            "We're hiring Jr. and Sr. Haskell engineers to help us build it.",
            ["Jr Haskell engineers", "Sr. Haskell engineers"],
        ),
        ("We're hiring Sr. engineers. Our stack is Go, Rust and C.", ["Sr. engineers"]),
        ("We are hiring. Jr developers welcome.", []),
        # traps: before another head a word may be the person's or a role of its own
        ("We're hiring hands-on, self-directed, creative technicians to help.", []),
        ("We're hiring for front-end, back-end, data scientists and DevOps Engineers.", []),
        # traps: a list with an item that is no role names none; no title; a level alone
        ("We are looking for a cross-breed of a data analyst and QA engineer to help.", []),
        ("We are looking for people who love A/B testing.", []),
        ("We are hiring for many roles including engineers to build it.", []),
        ("We are hiring!", []),
        ("We are looking for a Senior to lead the team.", []),
        ("Our engineers are looking for a new office.", []),
    ],
)
def test_hiring_sentence_roles(text, roles):
    assert hiring_roles(text) == roles


@pytest.mark.parametrize(
    ("title", "full"),
    [
        # an abbreviation that is the whole title, its level kept
        ("SRE", "Site Reliability Engineer"),
        ("Sr. SWE", "Sr. Software Engineer"),
        ("Staff SREs", "Staff Site Reliability Engineer"),
        ("frontend SWE", "frontend Software Engineer"),
        ("PM", "Product Manager"),
        # a head written short; after a leading head it is the function
        ("Android Eng.", "Android Engineer"),
        ("Full-Stack Dev", "Full-Stack Developer"),
        ("Eng", "Engineer"),
        ("VP Eng", "VP Engineering"),
        ("Cust. Exp", "Customer Experience"),
        # a parenthetical list is what the job covers; one word in parentheses stays
        ("Designer (UX, Graphic Design, etc)", "Designer"),
        ("Sr. Backend Engineer - (Golang, Java, Python)", "Sr. Backend Engineer"),
        ("Software Engineer (PHP)", "Software Engineer (PHP)"),
        # notes that are no part of the title: a gender marker, a nickname, levels in general
        ("Client Developer (m/f)", "Client Developer"),
        ("Sr. Backend Engineer (Ruby) (w/m/d)", "Sr. Backend Engineer (Ruby)"),
        (
            'Senior Computing Engineer (aka "Director of CPU-Bound Stuff")',
            "Senior Computing Engineer",
        ),
        ("Backend Engineer - All Levels", "Backend Engineer"),
        ("Senior Software Engineer (x2)", "Senior Software Engineer"),
        ("Grow.com ( ) Senior Engineer", "Grow.com Senior Engineer"),
        # a clause about the person; traps: "in Test", "for VS Code" are the title's
        ("Java/Angular developer with front-end focus", "Java/Angular developer"),
        ("Data Engineers who love Spark", "Data Engineer"),
        ("Software Development Engineer in Test", "Software Development Engineer in Test"),
        ("Developer for VS Code", "Developer for VS Code"),
        # traps: a stack or a speciality in parentheses is part of it
        ("Backend Engineer (Full Stack)", "Backend Engineer (Full Stack)"),
        ("Mobile Engineer (Android)", "Mobile Engineer (Android)"),
        # a posting is one opening: its head singular, its qualifier as written
        ("Senior Python Engineers", "Senior Python Engineer"),
        ("Data Engineers, Payments", "Data Engineer, Payments"),
        ("Coaches", "Coach"),
        ("Full-Stack Devs", "Full-Stack Developer"),
        # traps: a head before a function, a function, a plural that is no head stay
        ("Head of Sales", "Head of Sales"),
        ("Sales", "Sales"),
        ("Engineer, Analytics", "Engineer, Analytics"),
        # traps: lower case is a word, not an abbreviation; a modifier stays as written
        ("pm", "pm"),
        ("DevOps", "DevOps"),
        ("Engineer, Developer Experience (DX)", "Engineer, Developer Experience (DX)"),
    ],
)
def test_titles_written_in_full(title, full):
    assert in_full(title) == full


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Senior Software Engineers", "engineer"),
        ("Android Developer", "engineer"),
        ("Full-Stack Dev", "engineer"),
        ("SRE", "engineer"),
        ("data scientists", "scientist"),
        ("Director of Product", "director"),
        ("DevOps", None),
    ],
)
def test_the_kind_of_job_a_head_names(title, kind):
    assert head_kind(title) == kind


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("NLP", "NLP Engineer"),
        ("Signal Processing", "Signal Processing Engineer"),
        ("Backend - Node/Typescript", "Backend Engineer - Node/Typescript"),
        ("iOS (Swift)", "iOS Engineer (Swift)"),
        ("DevOps/Infrastructure", "DevOps/Infrastructure Engineer"),
        # traps: a function already, a list left whole
        ("Back-End Engineering", "Back-End Engineering"),
        ("Front-End, Full-Stack, ML Engineering", "Front-End, Full-Stack, ML Engineering"),
        # traps: a title with a head, a function, a field's name on other work
        ("Backend Engineer", "Backend Engineer"),
        ("Android Developers", "Android Developers"),
        ("Sales", "Sales"),
        ("Data Science", "Data Science"),
        ("Mobile Marketing", "Mobile Marketing"),
    ],
)
def test_an_engineering_field_alone_names_its_engineer(item, title):
    assert field_title(item) == title
