"""Seniority: title words first, then years of experience, then the source's label; traps."""

import pytest

from jobwatch.pipeline.seniority import classify_seniority


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Machine Learning Engineer Intern", "entry"),
        ("Software Engineer, New Grad", "entry"),
        ("Graduate Data Analyst", "entry"),
        ("Junior Data Scientist", "entry"),
        ("Associate Product Manager", "entry"),
        ("Entry-Level Data Engineer", "entry"),
        ("Software Engineer I", "mid"),
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
        "Assistant Branch Manager",
    ],  # the manager's assistant
)
def test_title_traps_are_not_levels(title: str) -> None:
    assert classify_seniority(title).level is None


@pytest.mark.parametrize(
    ("title", "zone"),
    [
        ("Cashier", 2),
        ("Part-time Barista", 1),
        ("Dishwasher - Nights", 2),
        ("Waiter/Server", 2),
        ("Overnight Stocker", 2),
        ("Housekeeper (Seasonal)", 2),
        ("Forklift Operator, 2nd Shift", 2),
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
        "Shift Supervisor - Dishwashing",
        "Crew Leader, Housekeeping",
        "Shift Manager",  # a function held at any level; O*NET: supervisory
        "Registered Nurse",  # zone 3 and up: preparation needed, level unknown
        "Software Engineer",
        "Electrician",
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
