"""Work mode from title, location, flag and text: precedence, negation, traps, evidence."""

import pytest

from jobwatch.pipeline import work_mode_words as words
from jobwatch.pipeline.location import parse_location

NYC, US = "New York, NY", "United States"


@pytest.mark.parametrize(
    ("title", "location", "flag", "text", "mode"),
    [
        # the fields: title markers, location words, the source's flag
        ("Data Analyst (Remote)", NYC, None, "", "remote"),
        ("Remote - US: Data Analyst", None, None, "", "remote"),
        ("Junior Engineer - [Full Remote]", US, None, "", "remote"),
        ("Mortgage Loan Officer - Texas/Remote", US, None, "", "remote"),
        ("Licensed Agent- Work from Home", US, None, "", "remote"),
        ("Remote Customer Service Representative", US, None, "", "remote"),
        ("Analyst | Hybrid", NYC, None, "", "hybrid"),
        ("Placement Specialist - Hybrid Remote", "Jackson, MI", None, "", "hybrid"),
        ("Non-Remote Field Technician", US, None, "", "onsite"),
        ("Analyst", "United States (Remote)", None, "", "remote"),
        ("Analyst", "Anywhere", None, "", "remote"),
        ("Analyst", None, "true", None, "remote"),
        ("Analyst", "Austin, TX", "hybrid", None, "hybrid"),
        ("Analyst", "Austin, TX", "false", None, "onsite"),  # a city, and nothing says remote
        ("Analyst", None, "false", None, "unknown"),  # "not remote" alone does not say where
        ("Analyst", None, None, None, "unknown"),
        ("Analyst", US, None, "Prepare monthly reports.", "unknown"),  # no city, no signal
        # traps: "remote" or "hybrid" naming the work's object, not where it is done
        ("Remote Sensing Scientist", "Denver, CO", None, "", "onsite"),
        ("Remote Pilot", US, None, "", "unknown"),
        ("Hybrid Cloud Engineer", "Austin, TX", None, "", "onsite"),
        ("Technician", "Juneau, AK", None, "Travel to remote sites is required.", "onsite"),
        ("Nurse", "Boston, MA", None, "Remote monitoring of patients.", "onsite"),
        ("Engineer", "Boston, MA", None, "Our hybrid cloud environment.", "onsite"),
        ("Engineer", "Boston, MA", None, "Build distributed storage systems.", "onsite"),
        ("Engineer", "Boston, MA", None, "Join a globally distributed team.", "onsite"),
        ("Recruiter", US, None, "Join our in-person job fair.", "unknown"),
        # the text's statements about the role
        ("Analyst", NYC, None, "This role is fully remote.", "remote"),
        (
            "Accountant",
            US,
            None,
            "This is a full-time remote role for a Senior Accountant.",
            "remote",
        ),
        ("Rep", US, None, "Location: Remote (Excluding: CA, CT, MD)", "remote"),
        (
            "Lead",
            US,
            None,
            "Role: Salesforce Tech LeadLocation: RemoteDuration: Long-Term",
            "remote",
        ),
        ("RN", US, None, "Fulltime | Remote | Permanent\nManaged Resources is", "remote"),
        ("VP", US, None, "Apply online.\n#LI-Remote", "remote"),
        ("Intern", US, None, "This internship will take place remotely.", "remote"),
        # flattened text glues words: a statement inside a glued one is still read
        (
            "CFO",
            "Greater Philadelphia",
            None,
            "Role DescriptionThis is a part-time remote role.",
            "remote",
        ),
        # ... and a statement word glued to the word before it starts a word all the same
        (
            "Dotnet Developer",
            NYC,
            None,
            "Duration: 1 year. In Person OnlyHybrid Position",
            "hybrid",
        ),
        (
            "Engineer",
            NYC,
            None,
            "Friday with occasional evening hoursHybrid work environment",
            "hybrid",
        ),
        ("GIS Analyst", NYC, None, "Skills: ArcGIS, LidarRemote sensing, Python.", "onsite"),
        ("Analyst", "Irvine, CA", None, "Remote available - must live within an hour.", "remote"),
        ("Analyst", "Paris", None, "En full remote ou dans nos bureaux à Paris.", "remote"),
        ("Analyst", NYC, None, "Hybrid, 3 days in office.", "hybrid"),
        ("Planner", NYC, None, "Hybrid: 3 days work-from-home, 2 days in-office9 AM", "hybrid"),
        ("Architect", NYC, None, "Location: NYC NY3 Days Hybrid from Day 1", "hybrid"),
        ("Analyst", NYC, None, "We meet 3 days a week in the office.", "hybrid"),
        ("Analyst", NYC, None, "You work 2 days a week from home.", "hybrid"),
        ("Analyst", NYC, None, "You will be in the office 5 days a week.", "onsite"),
        ("Analyst", NYC, None, "Expect 5 days a week in the office.", "onsite"),
        ("Analyst", NYC, None, "This is a full-time on-site role for an analyst.", "onsite"),
        ("Analyst", NYC, None, "Work setting: In-person", "onsite"),
        # negation: a remote mention that is denied is an onsite statement
        ("Meteorologist", "Dallas, TX", None, "This is not a remote position.", "onsite"),
        ("Meteorologist", US, None, "This position is not remote.", "onsite"),
        ("Analyst", US, None, "Remote work is not available for this role.", "onsite"),
        ("Analyst", US, None, "There is no remote work option.", "onsite"),
        ("Analyst", US, None, "No matter where you are, remote work is possible.", "remote"),
        # precedence: the role's statement beats the fields, the fields beat a company statement
        ("Analyst", "Remote", None, "This is a hybrid role.", "hybrid"),
        ("Analyst", "Remote", None, "This role is on-site in our lab.", "onsite"),
        (
            "Analyst",
            "Denver, CO",
            None,
            "We are a remote-first company; this role is onsite in Denver.",
            "onsite",
        ),
        ("Analyst (Remote)", NYC, None, "We are a remote-first company.", "remote"),
        ("Analyst", "Hybrid - Denver, CO", None, "We are a remote-first company.", "hybrid"),
        ("Analyst", "Denver, CO", None, "We are a remote-first company.", "remote"),
        # home working mentioned, no amount: remote without a city, with a city home and office
        ("Lawyer", "California, United States", None, "Ability to work remotely.", "remote"),
        ("Help Desk", "Golden, CO", None, "Work from home after training.", "hybrid"),
        ("Analyst", "Paris", None, "Accord de télétravail en vigueur.", "hybrid"),
    ],
)
def test_work_mode(title, location, flag, text, mode) -> None:
    assert parse_location(location, flag, text, None, title).work_mode == mode


@pytest.mark.parametrize(
    ("title", "location", "flag", "text", "evidence"),
    [
        ("Analyst (Remote)", NYC, None, "", "title: 'Analyst (Remote)'"),
        ("Analyst", "Remote - US", None, "", "location: 'Remote - US'"),
        ("Analyst", None, "TRUE", "", "flag: 'true'"),
        (
            "Analyst",
            "Remote",
            None,
            "Note: this role is on-site.",
            "description: 'this role is on-site'",
        ),
        ("Analyst", US, None, "A remote-first team.", "description, company: 'remote-first'"),
        ("Analyst", "Boston, MA", None, "", "place: 'Boston, MA' names a city"),
        ("Analyst", None, None, "", "no signal"),
    ],
)
def test_every_call_keeps_its_evidence(title, location, flag, text, evidence) -> None:
    assert parse_location(location, flag, text, None, title).work_mode_evidence.startswith(evidence)


def test_every_office_days_pattern_contains_the_word_its_search_waits_for() -> None:
    """The scan skips OFFICE_DAYS in a window without "day" (the statements' words are read
    from their patterns: tests/pipeline/test_prefilter.py)."""
    assert all(p.count("day") for p in words.OFFICE_DAYS.pattern.split("|(?P<"))
