"""Salary parsing: structured first, text forms, currencies, periods, guardrails, absurd values."""

import datetime as dt

import pytest

from jobwatch.pipeline.salary import ABSURD, Annualization, parse_salary
from jobwatch.pipeline.salary.fx import usd_per_unit, week_start


def salary(structured, text, **options):
    return parse_salary(structured, text, **options).result


def salary_with_reason(structured, text):
    parsed = parse_salary(structured, text)
    return parsed.result, parsed.issues[0].reason if parsed.issues else None


@pytest.mark.parametrize(
    ("text", "low", "high", "currency", "period"),
    [
        ("Base salary: $150,000 - $200,000", 150_000, 200_000, "USD", "year"),
        ("$160K–$210K", 160_000, 210_000, "USD", "year"),
        ("$185,000 to $245,000 USD", 185_000, 245_000, "USD", "year"),
        ("€85.000 – €105.000 brutto per annum", 85_000, 105_000, "EUR", "year"),
        ("£45,000 - £55,000 per annum", 45_000, 55_000, "GBP", "year"),
        ("US$120k-140k", 120_000, 140_000, "USD", "year"),
        ("C$110,000 - C$130,000", 110_000, 130_000, "CAD", "year"),
        ("CAD 120,000-140,000", 120_000, 140_000, "CAD", "year"),
        ("A$150k - A$170k", 150_000, 170_000, "AUD", "year"),
        ("AUD 150,000 - 170,000", 150_000, 170_000, "AUD", "year"),
        ("CHF 120 000 - 140 000", 120_000, 140_000, "CHF", "year"),
        ("₹25,00,000 - ₹35,00,000 per year", 2_500_000, 3_500_000, "INR", "year"),
        ("INR 20 LPA - 30 LPA", 2_000_000, 3_000_000, "INR", "year"),
        ("Salary ¥8,000,000 - ¥10,000,000", 8_000_000, 10_000_000, "JPY", "year"),
        ("SGD 9,000 - 12,000 per month", 9_000, 12_000, "SGD", "month"),
        ("Salary EUR 70k-80k", 70_000, 80_000, "EUR", "year"),
        ("GBP 500 - 600 per day", 500, 600, "GBP", "day"),
        ("$45.50 - $60 per hour", 45.5, 60, "USD", "hour"),
        ("$55/hr", 55, 55, "USD", "hour"),
        ("$2,000 - $2,500 per week", 2_000, 2_500, "USD", "week"),
        ("$4,000 biweekly", 2_000, 2_000, "USD", "week"),
        ("$150-200k", 150_000, 200_000, "USD", "year"),
        ("between $100k and $130k", 100_000, 130_000, "USD", "year"),
        ("$200,000 - $150,000", 150_000, 200_000, "USD", "year"),  # swapped
        ("up to $180k", None, 180_000, "USD", "year"),
        ("from $120k", 120_000, None, "USD", "year"),
    ],
)
def test_text_forms(text, low, high, currency, period) -> None:
    result = salary(None, text)
    assert result is not None
    assert (result.min, result.max, result.currency, result.period) == (low, high, currency, period)
    assert result.source == "text"
    assert result.text
    assert result.text in text


@pytest.mark.parametrize(
    "text",
    [
        "We match your 401(k) contributions.",
        "Part-time: 10-15 hours per week.",
        "Call us at +1 (555) 123-4567 or 555-123-4567.",
        "Trusted since 2015; our 2020-2024 roadmap.",
        "Join a team of 200 engineers.",
        "We raised $50M in our Series B.",
        "Backed by $1.2 billion in funding",
        "OTE $300k with uncapped commission",
        "A $5,000 signing bonus",
        "Annual learning stipend of $1,500",
        "$200k in equity",
        "We are worth $3 million",
        "No salary mentioned here.",
    ],
)
def test_guardrails_find_no_salary(text: str) -> None:
    assert salary(None, text) is None


def test_base_is_kept_when_bonus_or_equity_is_also_mentioned() -> None:
    result = salary(None, "OTE $300k. Base salary $150,000 - $180,000 plus bonus and equity.")
    assert result is not None
    assert (result.min, result.max) == (150_000, 180_000)


@pytest.mark.parametrize(
    ("structured", "expected"),
    [
        (
            {"min": 150000, "max": 180000, "currency": "USD", "period": "per-year-salary"},
            (150_000, 180_000, "USD", "year", 150_000, 180_000),
        ),
        (
            {"min": "60", "max": "80", "currency": "usd", "period": "HOURLY"},
            (60, 80, "USD", "hour", 124_800, 166_400),
        ),
        (
            {"min": 90000, "max": 70000, "currency": "EUR", "period": "YEAR"},
            (70_000, 90_000, "EUR", "year", 70_000, 90_000),  # x the week's rate
        ),
        (
            {"min": 10000, "max": None, "currency": "GBP", "period": "monthly"},
            (10_000, None, "GBP", "month", 120_000, None),  # x the week's rate
        ),
        (
            {
                "min_cents": 15000000,
                "max_cents": 20000000,
                "currency_type": "USD",
                "period": "annual",
            },
            (150_000, 200_000, "USD", "year", 150_000, 200_000),
        ),
    ],
)
def test_structured_first(structured, expected) -> None:
    week = dt.date(2024, 4, 10)
    result = salary(structured, "Salary: $1,000,000 - $1,100,000", seen=week)
    assert result is not None
    assert result.source == "structured"
    rate = usd_per_unit(expected[2], week_start(week))
    assert rate is not None
    annual = [round(v * rate, 2) if v is not None else None for v in expected[4:]]
    got = (result.min, result.max, result.currency, result.period, result.min_usd, result.max_usd)
    assert got == (*expected[:4], *annual)


def test_empty_structured_falls_back_to_text_and_fx_converts() -> None:
    week = dt.date(2024, 4, 10)  # a Wednesday: the rate of its week's Monday, 2024-04-08
    result = salary({"min": None, "max": None}, "£50,000 - £60,000", seen=week)
    assert result is not None
    assert result.source == "text"
    rate = usd_per_unit("GBP", dt.date(2024, 4, 8))
    assert rate is not None
    assert 1.2 < rate < 1.3  # the ECB's GBP in April 2024, not a hand-typed figure
    assert (result.min_usd, result.max_usd) == (round(50_000 * rate, 2), round(60_000 * rate, 2))


def test_the_rate_is_the_postings_week() -> None:
    assert week_start(dt.date(2024, 4, 14)) == dt.date(2024, 4, 8)
    april, later = (
        usd_per_unit("GBP", dt.date(2024, 4, 8)),
        usd_per_unit("GBP", dt.date(2022, 9, 26)),
    )
    assert april != later  # sterling fell in September 2022


@pytest.mark.parametrize(
    ("text", "currency"),
    [("EGP 30,000 - 40,000 per month", "EGP"), ("SAR 20,000 per month", "SAR")],
)
def test_currency_without_an_ecb_rate_keeps_figures_and_says_so(text, currency) -> None:
    parsed = parse_salary(None, text, seen=dt.date(2024, 4, 10))
    assert parsed.result is not None
    assert (parsed.result.currency, parsed.result.min_usd, parsed.result.max_usd) == (
        currency,
        None,
        None,
    )
    assert [i.reason for i in parsed.issues] == ["salary_no_fx_rate"]


def test_custom_hours_and_days_per_year() -> None:
    result = salary(None, "$50 per hour", year=Annualization(hours=2000))
    assert result is not None
    assert result.max_usd == 100_000
    daily = salary(None, "$500/day", year=Annualization(days=200))
    assert daily is not None
    assert daily.max_usd == 100_000


@pytest.mark.parametrize(
    ("structured", "text"),
    [
        ({"min": 1, "max": 2, "currency": "USD", "period": "year"}, None),
        (None, "Salary: $3,000,000 - $4,000,000 per year"),
        (None, "Pay: $2 per hour"),
    ],
)
def test_absurd_values_are_rejected_with_a_reason(structured, text) -> None:
    assert salary_with_reason(structured, text) == (None, ABSURD)


def test_structured_without_currency_takes_the_postings_countrys() -> None:
    result = salary({"min": 100, "max": 200, "period": "hour"}, None, home_currency="CAD")
    assert result is not None
    assert result.currency == "CAD"
    assert result.max_usd is not None
