"""Salary on real posting text (issue 12): each pattern seen in real postings, and its traps."""

from __future__ import annotations

import pytest

from jobwatch.pipeline.salary import ABSURD, INVALID, parse_salary


def read(text: str, **options):
    parsed = parse_salary(None, text, **options)
    result = parsed.result
    shown = result and (result.min, result.max, result.currency, result.period)
    return shown, parsed


@pytest.mark.parametrize(
    ("text", "low", "high", "currency", "period"),
    [
        # bounds that each carry words or units
        ("Minimum pay of $52,000 to maximum pay of $61,000 a year", 52_000, 61_000, "USD", "year"),
        ("$25.00 USD Hourly - $32.00 USD Hourly", 25, 32, "USD", "hour"),
        ("95,000.00 USD PER YEAR - 120,000.00 USD PER YEAR", 95_000, 120_000, "USD", "year"),
        ("Pay: $45-55hr", 45, 55, "USD", "hour"),
        ("Pay: $45-$55 hr", 45, 55, "USD", "hour"),
        (
            "base pay between USD 120,000 in the lowest-cost market and USD 180,000 in the highest",
            120_000,
            180_000,
            "USD",
            "year",
        ),
        ("Pay starts at $23.00 with progressions up to $24.00/hour", 23, 24, "USD", "hour"),
        # amounts glued to the next word in flattened text
        ("Salary Range: $58,000 - $61,000To apply, send a resume", 58_000, 61_000, "USD", "year"),
        ("Pay: $85,000Benefits: health, dental", 85_000, 85_000, "USD", "year"),
        ("Starting Salary: $65k to $75kEmployment Type: Full Time", 65_000, 75_000, "USD", "year"),
        ("Salary Range$70,000 - $85,000", 70_000, 85_000, "USD", "year"),
        # Unicode minus and en dash, markdown-escaped signs
        ("Salary: $90,000 − $110,000", 90_000, 110_000, "USD", "year"),
        ("Salary: $90,000 – $110,000", 90_000, 110_000, "USD", "year"),
        (r"Salary: \$90,000 \- \$110,000", 90_000, 110_000, "USD", "year"),
        # day, week and hour rates
        ("Rate: £450pd inside IR35", 450, 450, "GBP", "day"),
        ("Rate: £25 p/hr", 25, 25, "GBP", "hour"),
        ("Day rate: €600 per day", 600, 600, "EUR", "day"),
        # traps for the piece rates: a period after "per", and a word that only starts like a unit
        ("Compensation: $300 per day", 300, 300, "USD", "day"),
        ("Pay: $25 per hour, paid per visit schedule", 25, 25, "USD", "hour"),
        ("Salary: $60,000 a year; $5,000 per sale bonus", 60_000, 60_000, "USD", "year"),
        ("Salary: £45,000 pa", 45_000, 45_000, "GBP", "year"),
        # Indian lakh notation
        ("CTC: ₹12L-₹18L", 1_200_000, 1_800_000, "INR", "year"),
        ("Salary: 10-14 LPA", 1_000_000, 1_400_000, "INR", "year"),
        ("Salary: ₹15,00,000 per year", 1_500_000, 1_500_000, "INR", "year"),
        ("CTC: ₹1.2 Cr per annum", 12_000_000, 12_000_000, "INR", "year"),
        # currency codes beyond the common ones
        ("Salary: EGP 30,000 - 40,000 per month", 30_000, 40_000, "EGP", "month"),
        ("Salary: SAR 25,000 per month", 25_000, 25_000, "SAR", "month"),
        ("Wynagrodzenie: PLN 15 000 - 20 000 per month", 15_000, 20_000, "PLN", "month"),
        # a heading on the line before, an abbreviation inside the cue's sentence
        ("Pay Rate\n\n$17.00\n\nAt our company", 17, 17, "USD", "hour"),
        (
            "The typical base pay range across the U.S. is USD $64,800 - $130,100 per year.",
            64_800,
            130_100,
            "USD",
            "year",
        ),
        # a qualifier in any case (Indeed's "Pay: From $15.00 per hour"), "starts at"
        ("Pay: From $15.00 per hour", 15, None, "USD", "hour"),
        ("Pay: Up to $24.00 per hour", None, 24, "USD", "hour"),
        (
            "This role starts at $139,000 and has over 4 weeks of vacation.",
            139_000,
            None,
            "USD",
            "year",
        ),
        # a code written with a bare "$" says which dollar
        ("Salary: $100k-$120k CAD per year", 100_000, 120_000, "CAD", "year"),
        ("Salary up to $140k SGD", None, 140_000, "SGD", "year"),
        ("Salary: US$100,000 a year", 100_000, 100_000, "USD", "year"),
        # base pay said after, or an extra added to it
        ("Base pay: $85K to $100K + bonus plan", 85_000, 100_000, "USD", "year"),
        ("a $60,000/year salary plus uncapped commissions", 60_000, 60_000, "USD", "year"),
    ],
)
def test_real_text_patterns(text, low, high, currency, period) -> None:
    shown, parsed = read(text)
    assert shown == (low, high, currency, period)
    assert parsed.result.evidence  # the matched span, quoted


@pytest.mark.parametrize(
    "text",
    [
        # pay-like amounts that are not pay: none is a salary, none is an absurd salary
        "Life insurance coverage up to $50,000.",
        "Tuition reimbursement up to $5,250 a year.",
        "Premium cost is $600/year after that.",
        "We match 401(k) contributions up to $10,000 per year.",
        "Each magazine can generate approximately $500,000 in print advertising revenue.",
        "Contracts can exceed $500,000/year.",
        "We raised $40 million in funding.",
        "Annual sales of approximately $10 billion.",
        "Products representing over $100 Billion of annual revenue.",
        "Plans start at $49 per month.",
        "Hit a sales quota of $1.2M per year.",
        "Could generate an income of $5k-$25k per month on 100% commission.",
        "Potential to make $150K Plus as a top performer.",
        "Income Potential: $80,000 - $150,000 per year",
        "Hiring Range: $45 Shift differential: $2/hr",
        "Wellness reimbursements up to $200",
        "Call 555-123-4567 between 9-5.",
        "Python 3.11, SQL 2019, PHP 8 and CVE 2024-1234 fixes.",
        "Up to 46 hours per week.",
        "Salary range: 90K-120K",  # no currency, and no home currency given
        "This career progression comes with a pay increase of $1 for each additional tier.",
        "Scale at which we operate: 370 Cr+ learning minutes, 69 Cr+ code runs.",
        # a piece rate has no period: not a salary (it was read as $300 an hour)
        "The project offers compensation of $300 per batch of 10 interviews captured.",
        "Compensation: $50 per visit, paid weekly.",
        "Earn $0.10/word on every article.",
    ],
)
def test_not_pay_is_neither_a_salary_nor_absurd(text) -> None:
    shown, parsed = read(text)
    assert shown is None
    assert ABSURD not in {issue.reason for issue in parsed.issues}


@pytest.mark.parametrize(
    ("text", "home", "currency"),
    [
        # a bare "$" is the posting's own dollar where the dollar is its country's currency
        ("Salary range based on experience from $80K to $120K.", "CAD", "CAD"),
        ("Salary: $115-135k + super", "AUD", "AUD"),
        # traps: US dollars said as such, a peso country's "$", a US posting
        ("Salary: $80K to $120K USD", "CAD", "USD"),
        ("Salary: US$80K to $120K", "CAD", "USD"),
        ("Salary: $80K to $120K", "MXN", "USD"),
        ("Salary: $80K to $120K", "USD", "USD"),
    ],
)
def test_a_bare_dollar_sign_is_the_postings_own_dollar(text, home, currency) -> None:
    shown, _ = read(text, home_currency=home)
    assert shown is not None
    assert shown[2] == currency


def test_k_figures_after_a_pay_cue_take_the_postings_currency() -> None:
    shown, _ = read("Salary range: 90K-120K", home_currency="USD")
    assert shown == (90_000, 120_000, "USD", "year")
    trap, _ = read("Team of 90K-120K users", home_currency="USD")  # no pay cue
    assert trap is None


@pytest.mark.parametrize(
    ("field", "home", "expected"),
    [
        ("120-180k", "USD", (120_000, 180_000, "USD", "year")),  # an HN header's pay slot
        ("€70-90k", "USD", (70_000, 90_000, "EUR", "year")),  # its own sign wins
        ("120-180k", None, None),  # no sign, no country: the currency is not known
    ],
)
def test_pay_slot_without_a_sign(field, home, expected) -> None:
    parsed = parse_salary(None, "We build databases.", field=field, home_currency=home)
    result = parsed.result
    assert (result and (result.min, result.max, result.currency, result.period)) == expected


@pytest.mark.parametrize(
    ("text", "places", "low", "high", "says"),
    [
        (
            "Seattle: $150,000 - $180,000 per year. Austin: $130,000 - $160,000 per year.",
            ["Austin", "TX"],
            130_000,
            160_000,
            "range for Austin",
        ),
        (
            "Seattle: $150,000 - $180,000 per year. Austin: $130,000 - $160,000 per year.",
            ["Denver", "CO"],
            130_000,
            180_000,
            "full span of 2 ranges",
        ),
        (
            "The range is $128,570 - $142,850 for someone in Tier 1 locations (Austin, Boston). "
            "The range is $102,850 - $114,280 for Tier 2 locations.",
            ["Boston", "MA"],
            128_570,
            142_850,
            "range for Boston",
        ),
        (
            "Hiring Pay Range: $18.50 - $22.75 hourly  Full Range: $18.50 - $27.00 hourly",
            [],
            18.5,
            27,
            "full span of 2 ranges",
        ),
        (
            "Technician I: $35.89 - $52.04 per hour. Technician II: $41.29 - $59.86 per hour.",
            [],
            35.89,
            59.86,
            "full span of 2 ranges",
        ),
    ],
)
def test_several_ranges(text, places, low, high, says) -> None:
    result = parse_salary(None, text, places=places).result
    assert result is not None
    assert (result.min, result.max) == (low, high)
    assert result.evidence.startswith(says)


MICROSOFT = (
    "The typical base pay range for this role across the U.S. is USD $64,800 - $130,100 per "
    "year. There is a different range applicable to specific work locations, within the San "
    "Francisco Bay area and New York City metropolitan area, and the base pay range for this "
    "role in those locations is USD $86,400 - $142,700 per year."
)


@pytest.mark.parametrize(
    ("places", "country", "low", "high", "says"),
    [
        (["Redmond", "WA"], ["U.S.", "United States"], 64_800, 130_100, "range for U.S."),
        (["Mountain View", "San Francisco"], ["U.S."], 86_400, 142_700, "range for San Francisco"),
        ([], [], 64_800, 142_700, "full span of 2 ranges"),  # the place is not known
    ],
)
def test_a_country_wide_range_beside_a_city_range(places, country, low, high, says) -> None:
    result = parse_salary(None, MICROSOFT, places=places, country=country).result
    assert result is not None
    assert (result.min, result.max) == (low, high)
    assert result.evidence.startswith(says)


@pytest.mark.parametrize(
    "text",
    [
        "Total compensation: $200,000 - $260,000. Base salary: $150,000 - $180,000.",
        "Base salary: $150,000 - $180,000, a total package of $200,000 - $260,000.",
        "The salary is $150,000 - $180,000 plus a $20,000 sign-on bonus.",
    ],
)
def test_the_base_range_wins_over_a_total_or_a_benefit(text) -> None:
    shown, _ = read(text)
    assert shown == (150_000, 180_000, "USD", "year")


def test_an_absurd_pay_figure_beside_a_sane_one_is_not_an_issue() -> None:
    text = "Target Pay Range/Rate: $33.774 - $38.000 hourly or $70,250 - $79,040 annually"
    shown, parsed = read(text)
    assert shown == (70_250, 79_040, "USD", "year")
    assert parsed.issues == ()


@pytest.mark.parametrize(
    ("structured", "says"),
    [
        ({"min": -5, "max": 10, "currency": "USD", "period": "year"}, "min is not a positive"),
        ({"min": float("nan"), "max": 100000, "currency": "USD", "period": "year"}, "min"),
        ({"min": "Infinity", "max": 100000, "currency": "USD", "period": "year"}, "min"),
        ({"min": 90000, "max": float("inf"), "currency": "USD", "period": "year"}, "max"),
        ({"min": 100000, "max": 120000, "currency": "XXX", "period": "year"}, "currency 'XXX'"),
        ({"min": 100000, "max": 120000, "currency": "USD", "period": "quarter"}, "'quarter'"),
        ({"min": "lots", "max": 120000, "currency": "USD", "period": "year"}, "not a figure"),
        ({"min": True, "max": 120000, "currency": "USD", "period": "year"}, "boolean"),
    ],
)
def test_invalid_structured_values_are_refused_with_a_reason(structured, says) -> None:
    parsed = parse_salary(structured, None)
    assert parsed.result is None
    assert [i.reason for i in parsed.issues] == [INVALID]
    assert says in parsed.issues[0].detail


def test_fortnightly_and_huge_structured_values() -> None:
    fortnight = {"min": 4000, "max": 5000, "currency": "USD", "period": "fortnight"}
    result = parse_salary(fortnight, None).result
    assert result is not None
    assert (result.min, result.max, result.period) == (2000, 2500, "week")
    huge = parse_salary({"min": 1e12, "max": 2e12, "currency": "USD", "period": "year"}, None)
    assert huge.result is None
    assert [i.reason for i in huge.issues] == [ABSURD]


def test_an_invalid_structured_value_falls_back_to_the_text() -> None:
    bad = {"min": -1, "max": 120000, "currency": "USD", "period": "year"}
    parsed = parse_salary(bad, "Salary: $100,000 - $120,000")
    assert parsed.result is not None
    assert parsed.result.source == "text"
    assert [i.reason for i in parsed.issues] == [INVALID]
