"""Seniority: title words, then clinical/trade titles, the description's statement, years of
experience, the occupation, the source's label; with traps where a rule must not fire."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobwatch.pipeline import seniority_text
from jobwatch.pipeline.seniority import classify_seniority
from jobwatch.pipeline.seniority_title import _TITLE_RULES


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Machine Learning Engineer Intern", "entry"),
        ("Software Engineer, New Grad", "entry"),
        ("Graduate Data Analyst", "entry"),
        ("Junior Data Scientist", "entry"),
        ("Associate Product Manager", "entry"),
        # Brazilian titles: Júnior, Pleno (mid), Sênior; two levels named take the lower.
        ("Analista de Aquisição Orgânica Pleno", "mid"),
        ("Desenvolvedor Sênior", "senior"),
        ("Analista de Dados Júnior", "entry"),
        ("Engenheiro de Dados Pleno/Sênior", "mid"),
        ("Entry-Level Data Engineer", "entry"),
        ("Software Engineer I", "entry"),  # level numeral I: the gold set's rule
        ("Chemist I", "entry"),
        ("Customer Service Representative 1 (Promo Roll)", "entry"),
        ("Tier One Customer Service Representative", "entry"),
        ("Tier 2 Support Analyst", "mid"),
        ("Level II Technicians and Assistants", "mid"),  # a trade title with its own level
        ("MSP Engineer Level 3", "senior"),
        ("Technology Consulting IC2", "mid"),
        ("AVP, Underwriting Team Leader", "senior"),
        ("Mid/Senior Full-Stack Developer", "mid"),  # two levels: the posting takes the lower
        ("Junior-Mid Data Analyst", "entry"),
        ("Senior / Staff Fullstack Engineer", "senior"),
        ("Crew Leader, Housekeeping", "senior"),
        ("Shift Supervisor - Dishwashing", "senior"),  # runs the shift's people
        ("Clinical Revenue Supervisor", "senior"),
        ("Mine Foreman", "senior"),
        ("Data Analyst: University Students and Recent Graduates", "entry"),
        ("Stage - Data Analyst Assistant", "entry"),  # French internships
        ("Data Analyst (H/F) STAGE", "entry"),
        ("Stage Data Analyst - Paris", "entry"),
        ("Stagiaire Data Analyst BI H/F", "entry"),
        ("ALTERNANCE - Data & CRO Analyst F/H", "entry"),
        ("Alternant Data Analyst (H/F)", "entry"),
        ("Data Analyst Confirmé H/F", "senior"),
        ("Analyste sénior données ESG F/H", "senior"),
        ("Directeur des Données", "senior"),
        ("Software Engineer II", "mid"),
        ("Software Engineer III", "senior"),
        ("Senior ML Engineer", "senior"),
        ("Sr. Data Engineer", "senior"),
        ("Staff ML Engineer, Ranking", "senior"),
        ("Staff Engineer", "senior"),
        ("Chief of Staff", "senior"),
        ("Principal Applied Scientist", "senior"),
        ("Lead Data Scientist", "senior"),
        ("Tech Lead, Inference", "senior"),
        ("Head of AI", "senior"),
        ("Director of Data Science", "senior"),
        ("Associate Director, Analytics", "senior"),
        ("Engineering Manager, Machine Learning", "senior"),
        ("Manager, Data Engineering", "senior"),
        ("Senior Care Assistant", "senior"),
        ("Head of Machine Learning", "senior"),
        ("Head, Applied AI", "senior"),
        ("Data Engineering Manager", "senior"),
        ("General Manager", "senior"),
        ("Corporate Controller", "senior"),
        ("Controller", "senior"),  # the head of accounting
        ("Plant Controller", "senior"),
        ("Document Controller", None),  # files documents: says nothing of level
        ("Credit Controller", None),  # chases invoices (UK)
        ("Air Traffic Controller", None),
        ("Controller Firmware Engineer", None),  # the device, not the job
        ("Senior Associate, Data", "mid"),  # a consulting grade, not a senior level
        ("Sales Associate", "entry"),
        ("Warehouse Associate - Nights", "entry"),
        ("Associate Software Engineer", "entry"),
        ("Data Analyst 2", "mid"),
        ("Engineer IV, Platform", "senior"),
        ("Manager in Training", "entry"),
        ("Associate Big Data Engineer", "entry"),  # tech ladder grade, words between
        ("Associate Applied Machine Learning Engineer, Fraud", "entry"),
        ("Associate Scientist", "entry"),
        ("Leave of Absence Coordinator (JR 3915)", None),  # a requisition number, not junior
        ("Investment Banking Associate", None),  # a post-MBA grade, not a bank teller
        ("Computer Specialist (SW) Represented Levels 1-4", None),  # a range, not level 4
        ("Data Analyst Level 1-2", None),
    ],
)
def test_title_levels(title: str, expected: str | None) -> None:
    result = classify_seniority(title)
    assert result.level == expected
    if expected is not None:
        assert result.evidence
        assert result.evidence.startswith("title:")


@pytest.mark.parametrize(
    "title",
    [
        "Staff Accountant",
        "Plenum Systems Installer",
        "Lead Generation Specialist",
        "Lead-Gen Coordinator",
        "Product Manager",
        "Internal Tools Engineer",
        "Data Engineer",
        "Project Manager",
        "Account Manager",
        "Associate Attorney",  # a professional grade: says nothing about entry
        "Travel Nurse - Make $1,822 per week",  # a figure is not a level numeral
        "Data Analyst (2nd shift)",
        "Assistant Manager",
        "August 2024 Tax Staff",
        "Front Desk Staff",
        "Staff/Registered Nurse",  # "staff": the noun
        "Staff Physician",
        "Staff RN",  # a regular clinician, not a grade
        "Assistant Store Manager",
        "Assistant Branch Manager",  # the manager's assistant
        "Backstage Coordinator",
        "Early Stage Venture Associate",
        "Confirmed Hire Coordinator",  # English "confirmed" is not the French grade
        "Thought Leadership Writer",
        "Student Success Coach",  # serves students; is not one
        "Support Engineer Level 1-2",  # a range of levels
    ],
)
def test_title_traps_are_not_levels(title: str) -> None:
    assert classify_seniority(title).level is None


@pytest.mark.parametrize(
    ("title", "expected", "words"),
    [
        ("SENIOR DATA ENGINEER", "senior", "SENIOR"),  # the words as the title writes them
        ("DATA ENGINEER II", "mid", "II"),
        ("İNTERN, DATA", "entry", "İNTERN"),  # a dotted capital I reads as "i"
        ("STAFF ACCOUNTANT", None, None),  # the traps hold in capitals too
        ("LEAD GENERATION SPECIALIST", None, None),
    ],
)
def test_title_levels_whatever_the_case(
    title: str, expected: str | None, words: str | None
) -> None:
    result = classify_seniority(title)
    assert result.level == expected
    assert result.evidence == (f"title: '{words}'" if words else None)


def test_title_rules_are_written_in_lower_case() -> None:
    # They are matched, case-sensitive, in the title's lower case (lower_like_regex).
    for _, rule in _TITLE_RULES:
        assert not re.search("[A-Z]", re.sub(r"\\[A-Za-z]", "", rule.pattern)), rule.pattern


@pytest.mark.parametrize(
    "title",
    ["Stage Manager", "Stage Hand - Concert Venue", "Stage Lighting Technician", "Stage Crew"],
)
def test_the_theatre_stage_is_no_internship(title: str) -> None:
    result = classify_seniority(title)
    assert result.level != "entry" or "title: 'stage" not in (result.evidence or "").lower()


@pytest.mark.parametrize(
    ("title", "zone"),
    [
        ("Cashier", 2),
        ("Part-time Barista", 1),
        ("Dishwasher - Nights", 2),
        ("Waiter/Server", 2),
        ("Overnight Stocker", 2),
        ("Housekeeper (Seasonal)", 2),
        ("Receptionist FT", 2),
    ],
)
def test_little_preparation_occupations_are_entry(title: str, zone: int) -> None:
    result = classify_seniority(title)
    assert result.level == "entry"
    assert result.evidence
    assert result.evidence.startswith(f"O*NET job zone {zone}:")


@pytest.mark.parametrize(
    "title",
    [
        "Head Cashier",  # runs the others
        "Shift Manager",  # a function held at any level; O*NET: supervisory
        "Registered Nurse",  # a clinical title
        "Software Engineer",
        "Electrician",  # a trade
        "Forklift Operator, 2nd Shift",  # operators: production trades
        "Chef",
        "Team Member",  # O*NET does not know it: no evidence either way
    ],
)
def test_occupations_that_say_nothing_about_entry(title: str) -> None:
    assert classify_seniority(title).level is None


def test_years_and_title_words_beat_the_occupation_and_it_beats_the_label() -> None:
    assert classify_seniority("Cashier", "2+ years of cash handling experience").level == "mid"
    assert classify_seniority("Senior Cashier").level == "senior"
    from_zone = classify_seniority("Cashier", "Greet customers.", "Mid-Senior level")
    assert from_zone.level == "entry"
    assert from_zone.evidence
    assert from_zone.evidence.startswith("O*NET")


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("You have 5+ years of experience building ML systems.", "senior"),
        ("At least 3 years in a similar role.", "mid"),
        ("2-4 years of professional experience with Python.", "mid"),
        ("Experience: 0-1 years.", "entry"),
        ("1+ year with Kubernetes and 6+ years of software engineering.", "senior"),
        ("Minimum of two years of relevant experience.", "mid"),
    ],
)
def test_years_of_experience(description: str, expected: str) -> None:
    result = classify_seniority("Data Engineer", description)
    assert result.level == expected
    assert result.evidence
    assert result.evidence.startswith("description:")


@pytest.mark.parametrize(
    "description",
    [
        "This is a part-time role, 10-15 hours per week.",
        "Founded 12 years ago, we serve 40 countries.",
        "A 4-year degree in computer science.",
        "Our 20 year old company.",
    ],
)
def test_text_that_is_not_years_of_experience(description: str) -> None:
    assert classify_seniority("Data Engineer", description).level is None


def test_title_beats_description_and_label_is_weak_fallback() -> None:
    assert classify_seniority("Senior Data Engineer", "1+ years of experience").level == "senior"
    label_only = classify_seniority("Data Engineer", "No years here.", "Mid-Senior level")
    assert label_only.level == "mid"
    assert label_only.evidence
    assert "weak" in label_only.evidence
    assert classify_seniority("Data Engineer", None, "Internship").level == "entry"
    assert classify_seniority("Data Engineer", "3+ years of experience", "Director").level == "mid"


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Registered Nurse", "3+ years of acute care experience required."),
        ("PRN Registered Nurse", "This is an entry level position for new graduate RNs."),
        ("Maintenance Technician - Night Shift", "3+ years of industrial maintenance experience"),
        ("Part Time Driver (Manheim)", "At least 2 years of driving experience."),
        ("Line Cook", "2 years of line cook experience."),
        ("Electrician", "5+ years as a commercial electrician."),
        ("Physical Therapist", "1 year of outpatient experience preferred."),
        ("Medical Laboratory Technician", "Minimum 2 years of lab experience."),
        ("Security Officer", "5+ years of security experience."),
    ],
)
def test_clinical_and_trade_titles_take_no_level_from_the_description(
    title: str, description: str
) -> None:
    result = classify_seniority(title, description)
    assert result.level is None
    assert result.evidence
    assert result.evidence.startswith("clinical or trade title")


@pytest.mark.parametrize(
    ("title", "description", "expected"),
    [
        ("Senior Electrician", "2 years of experience", "senior"),  # its own level word counts
        ("Lead Line Cook", None, "senior"),
        ("Apprentice Electrician", "5+ years", "entry"),
        ("Registered Nurse I", "5+ years", "entry"),
        # Technicians of computer systems are on a tech ladder: their years count.
        ("IT Support Technician", "2+ years of help desk experience", "mid"),
        ("Network Technician", "5+ years of experience with Cisco", "senior"),
    ],
)
def test_trade_titles_with_a_level_word_and_tech_technicians(
    title: str, description: str | None, expected: str
) -> None:
    assert classify_seniority(title, description).level == expected


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("This is an entry level position. 3+ years preferred.", "entry"),
        ("As the role is our entry level, this is a great entry point.", "entry"),
        ("Entry level is acceptable.", "entry"),
        ("PROFIL SOUHAITÉ Expérience Débutant accepté", "entry"),
        ("As an Entry Level Software Engineer, you will build APIs.", "entry"),
        ("Experience Level\n\nEntry Level\n\nAbout Aston Carter", "entry"),
        ("This is a great opportunity for recent graduates.", "entry"),
        ("This is a mid-level position requiring 4 to 6 years of experience.", "mid"),
        ("We are looking for a talented Mid-level Frontend Developer to join.", "mid"),
        ("We are seeking an experienced and talented Senior Software Developer.", "senior"),
    ],
)
def test_the_description_stating_the_level(description: str, expected: str) -> None:
    result = classify_seniority("Software Engineer", description)
    assert result.level == expected
    assert result.evidence
    assert result.evidence.startswith("description states:")


@pytest.mark.parametrize(
    "description",
    [
        "This is not an entry level role; we need someone who has shipped.",
        "You will mentor junior engineers and report to a senior manager.",
        "Roles open for all levels of seniority, from mid-level to lead.",
        "We are looking for a junior or senior developer.",
        "We are seeking a senior leadership sponsor for the program.",
        "Our entry-level programs and senior roles are listed on our careers page.",
    ],
)
def test_levels_named_for_other_people_are_no_statement(description: str) -> None:
    assert classify_seniority("Software Engineer", description).level is None


@pytest.mark.parametrize(
    ("title", "description", "expected", "evidence"),
    [
        # A bare "Manager" is a level when the description shows the people it manages.
        ("Accounting Manager", "A first level manager position; 3-5 years.", "senior", "title"),
        ("Store Manager", "Lead a team of 20 associates.", "senior", "title"),
        (
            "Rehab Therapy Manager",
            "Supervise and lead the activities of the department.",
            "senior",
            "title",
        ),
        ("Sales Manager of Cutting Tools", "Call on distributors across the region.", None, None),
        ("Business Manager", "Manage virtual teams. 4+ years of experience.", "mid", "description"),
        (
            "Territory Sales Manager",
            "Cover routes in the NYC area. 1+ years in sales.",
            "entry",
            "description",
        ),
        # A text that says the job manages nobody outweighs the verbs around it, and the
        # description's own "Job Title:" field is the same bare manager.
        (
            "Manager, Conference Operations",
            "Job Title: Manager, Conference Operations. Manage site selection for events. "
            "Supervisory Responsibilities: No direct reports. Minimum of 2-3 years of meeting "
            "planning experience.",
            "mid",
            "description: 'Minimum of 2-3 years'",
        ),
        (
            "Office Manager",
            "This role does not supervise staff. 1 year of experience.",
            "entry",
            "description",
        ),
        # "our growing team" is an adjective; growing the team is the job's.
        (
            "Marketing Manager",
            "Join our growing team. 3+ years of experience.",
            "mid",
            "description",
        ),
        ("Sales Manager", "You will grow the team from 3 to 10 reps.", "senior", "title"),
        # Traps: "no" before other words, and reports that are the job's own.
        ("Store Manager", "No direct reports yet: you will hire a team of 6.", "senior", "title"),
        ("Store Manager", "Manage 4 direct reports. No remote work.", "senior", "title"),
        # The title shows the people of a tech ladder's management track.
        ("Engineering Manager", "We build payment APIs in Go.", "senior", "title"),
        ("Manager, Data Science", "Own the experimentation roadmap.", "senior", "title"),
        # With no description the title's word stands.
        ("Sales Manager", None, "senior", "title"),
        # A "Job Title:" field in the description names the level the title left out.
        (
            "Dotnet Developer",
            "Job Title: Sr .Net DeveloperHybridExp Required: 10+",
            "senior",
            "description's job title",
        ),
    ],
)
def test_managers_of_people_and_the_descriptions_job_title(
    title: str, description: str | None, expected: str | None, evidence: str | None
) -> None:
    result = classify_seniority(title, description)
    assert result.level == expected
    assert (result.evidence or "").startswith(evidence or "")


TITLE_FIELD_PIECES = st.sampled_from(
    [
        *("job title", "Job Title", "position title", "title of position", "title", ":", " : "),
        *(" ", "\n", "Senior Engineer", "sub", "x", "entitled", "Title:", "jobtitle", "-"),
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(TITLE_FIELD_PIECES, max_size=12).map("".join))
def test_stated_title_finds_the_first_field_a_whole_text_search_finds(text) -> None:
    folded = text.lower()
    found = seniority_text._TITLE_FIELD.search(folded)
    expected = None
    if found is not None:
        expected = seniority_text._GLUE.split(text[found.start(1) : found.end(1)], 1)[0].strip()
    assert seniority_text.stated_title(text, folded) == expected
