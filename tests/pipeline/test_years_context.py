"""Years of experience the role requires: which figures are requirements and which one decides
(pipeline/years_context.py, years_choice.py), with the phrases that must not count."""

import pytest

from jobwatch.pipeline.years import required_years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("You have 5+ years of experience building ML systems.", 5),
        ("One (1) to three (3) years machining experience", 1),
        ("Associates or Bachelor's Degree in related field(3) years of related experience", 3),
        ("Software engineering: 1 or more years of experience required.", 1),
        # Tiers of a benefit by length of service are no requirement; the requirement after is.
        (
            "Long-Term Disability PTO – 0-5 years 80 hours, 6-10 years 120 hours, 10+ years 160 "
            "hours. Experience0-3 years of experience required",
            0,
        ),
        ("Experience in vacation rentals: 3 years.", 3),
        # "3-years": the plural after a hyphen is an amount; "two-year", "30-year" describe a noun.
        ("Minimum of 3-years content marketing experience.", 3),
        ("A two-year rotation program. At least one year of experience.", 1),
        ("Our 30-year history. Minimum of 3 years of experience.", 3),
        # The next sentence glued on by flattened text is not this clause's subject ("we").
        (
            "Ph.D. degree level with 0 to 3 years of experience or equivalentIdeally, we hire",
            0,
        ),
        ("Minimum of 6 months experience in a customer facing role", 0),
        ("6 months to 2 years of experience in retail.", 0),
        ("Minimum of 4/5 years of experience in product analytics.", 4),
        ("REQUIREMENTS:• Involvement in prior technology implementations – 10 years•", 10),
        ("Experience:\nCustomer service: 1 year (Preferred)", 1),
        # French
        ("Vous avez 3 ans d'expérience minimum en analyse de données.", 3),
        ("Doté d'un BAC+5 et d'une expérience de 3 à 5 ans sur un poste équivalent.", 3),
        ("justifiant d'au moins une année d'expérience professionnelle", 1),
        ("une expérience professionnelle de 6 mois à 5 ans, stages compris.", 0),
        ("Profil recherché : Minimum 9 ans d'expérience sur un poste similaire", 9),
        # "may substitute" in the next list item, glued on by flattened text, is not this one's.
        (
            "Associates or Bachelor's Degree in related field(3) years of related experience"
            "Additional related experience and/or certifications may substitute for the degree.",
            3,
        ),
        # Every requirement must be met: the largest decides.
        ("1+ year with Kubernetes and 6+ years of software engineering.", 6),
        # "or" between two skills does not make the next figure an alternative.
        ("3+ years of experience in Python or Java 5+ years of backend experience", 5),
    ],
)
def test_requirements(text: str, years: int) -> None:
    found = required_years(text)
    assert found is not None
    assert found[0] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # Preferred figures count only when nothing is required.
        ("Required: 2+ years of experience. Preferred Qualifications: 6+ years of experience", 2),
        ("How To Stand Out (Preferred Qualifications) 5+ years of professional experience", 5),
        ("2+ years of SQL. 8+ years of management experience is a plus.", 2),
        ("2+ years of SQL. 8+ years of management experience (preferred).", 2),
        # A bracket with its own subject prefers that subject, not the figure beside it.
        (
            "1yr of soldering exp is required. BS in Engineering or related field 6-8 years of "
            "experience, (MS preferred) and 5+ years of experience.",
            6,
        ),
        (
            "Bachelor's degree (Master's preferred) 3+ years of experience. "
            "6 years of Go preferred.",
            3,
        ),
        ("3 years of experience (healthcare preferred) and 1 year with SQL.", 3),
        # Either route is enough: the smallest of alternatives.
        (
            "Bachelor's Degree in Computer Science AND 4+ years of coding experience OR Master's "
            "Degree in Computer Science AND 3+ years of coding experience OR equivalent.",
            3,
        ),
        (
            "3+ years technical support experience OR Bachelor's Degree in Computer Science, "
            "Information Technology (IT), or related field AND 1+ year(s) technical support "
            "experience",
            1,
        ),
        (
            "High school diploma/GED with five (5) years of experience. Associates degree with "
            "three (3) years of experience. Bachelor's degree, or higher, with one (1) year of "
            "experience.",
            1,
        ),
        # A range the next figure continues, only a conjunction between: levels hired side by
        # side, read by the lowest.
        (
            "Nous recherchons plusieurs personnes avec une expérience exigée de 4-7 ans et de 7ans "
            "et plus.",
            4,
        ),
        ("We are hiring 1-3 years and 3+ years of experience profiles.", 1),
        ("2-3 years or 4+ years of experience.", 2),
        # Traps: two requirements on different subjects must both be met.
        ("2-4 years of experience in sales and 5+ years of experience in marketing.", 5),
        ("3-5 years of experience in SQL and 5+ years in data engineering.", 5),
        ("1-3 years of Python and 8+ years of software engineering.", 8),
        # Years offered instead of a degree are a substitute, not the requirement.
        (
            "Bachelor's degree in business with 2-4 years' experience or in lieu of degree, High "
            "School diploma or equivalent with 3-6 years of experience.",
            2,
        ),
        (
            "A Bachelors degree in a related engineering field. Or a high school diploma/GED with "
            "at least 4 years engineering experience or 10 years of relevant manufacturing "
            "experience. Minimum 3 years related manufacturing experience with CAD/CAM.",
            3,
        ),
    ],
)
def test_which_requirement_decides(text: str, years: int) -> None:
    found = required_years(text)
    assert found is not None
    assert found[0] == years


@pytest.mark.parametrize(
    "text",
    [
        "Must be at least 18 years of age.",
        "Must be at least 18 years of ageOperate office equipment",  # flattened text
        "Raise is an established hiring firm with over 60 years of experience.",
        "With 25 years of local experience, our 2000 team members deliver projects.",
        "We have 20 years of experience helping clients grow.",
        "Each of our two co-founders has over ten years of in-depth experience with C++.",
        "Fort de 55 ans d'expérience, notre groupe accompagne ses clients.",
        "TCS est présent en France depuis 25 ans.",
        "équipe jeune (moyenne d'âge 26 ans)",
        "Vous êtes à la recherche d'un contrat d'alternance d'1 an.",
        "Durée : 1 ou 2 ans",
        "Please complete the entire seven (7) year work history in the Experience section.",
        "This is a 1 year contract with possible extension.",
        "A 4-year degree in computer science and experience with SQL.",
        "Average employee tenure: 8+ years.",
        "PTO – 0-5 years 80 hours, 6-10 years 120 hours, 10+ years 160 hours",
        "Backed by 30 years of experience in the field, we build bridges.",
        "Vacation: 1-3 years of service: 10 days; 4+ years of service: 15 days",
        "Paid time off (accrued): 0-2 years",
        "Two manager references who you have worked with in the last two years.",
        "A clear path to a senior level within 5 years of experience here.",
        "Valid driver's license held for at least 3 years.",
        "Associates degree or at least one year of experience",  # the degree alone is enough
        "Bachelor's degree preferred; a minimum of 2 years case management experience can "
        "substitute for the degree.",
        "Founded 12 years ago, we serve 40 countries.",
    ],
)
def test_figures_that_are_not_the_roles_requirement(text: str) -> None:
    assert required_years(text) is None
