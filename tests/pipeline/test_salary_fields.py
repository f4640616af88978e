"""Salary fields and perks: bare figures in a salary field, glued periods, shorthand ranges,
perks that are not pay, Adzuna's annualization as parameters, and the dropped-salary detail."""

from __future__ import annotations

import pytest

from jobwatch.pipeline.salary import (
    ABSURD,
    NO_CURRENCY,
    NO_FIGURE,
    NOT_BASE,
    Annualization,
    SalaryIssue,
    SalaryResult,
    parse_salary,
)


def parse_salary_with_issue(
    structured, text, *, year=None, default_currency=None
) -> tuple[SalaryResult | None, SalaryIssue | None]:
    """A pay field (with a default currency) or a description, and its first issue."""
    field, body = (text, None) if default_currency else (None, text)
    parsed = parse_salary(
        structured, body, field=field, year=year, default_currency=default_currency
    )
    return parsed.result, parsed.issues[0] if parsed.issues else None


def find_salary_with_reason(text, default_currency=None):
    field, body = (text, None) if default_currency else (None, text)
    parsed = parse_salary(None, body, field=field, default_currency=default_currency, explain=True)
    return parsed.result, parsed.reason


UK = Annualization(hours=1920, days=240, weeks=48)


@pytest.mark.parametrize(
    ("field", "low", "high", "period"),
    [
        ("22500 to 28000 per year", 22_500, 28_000, "year"),
        ("7.00 to 9.00 per hour", 7, 9, "hour"),
        ("7 per hour to 8.50 per hour per hour", 7, 8.5, "hour"),  # the unit said twice
        ("16.00ph to 22.00ph per hour", 16, 22, "hour"),  # glued "ph"
        ("10p/hr to 11p/hr per hour", 10, 11, "hour"),
        ("Up to 7.40 p.h. & Up to 46 Hours p.w.", None, 7.4, "hour"),
        ("30-45000", 30_000, 45_000, "year"),  # thousands said once
        ("21000 - 23000/annum 21 - 23,000", 21_000, 23_000, "year"),
        ("18,000 per annum + Tips (IRO 50 Per Week)", 18_000, 18_000, "year"),
        ("14.39 - 17.55/hour Shift Allowance", 14.39, 17.55, "hour"),  # shift pay is not a perk
        ("350 to 450 per week", 350, 450, "week"),
        ("7.00 to Competitive per hour", 7, 7, "hour"),
        ("10,000+", 10_000, 10_000, "year"),
    ],
)
def test_salary_field_with_default_currency(field, low, high, period) -> None:
    result, issue = parse_salary_with_issue(None, field, year=UK, default_currency="GBP")
    assert issue is None
    assert result is not None
    assert (result.min, result.max, result.currency, result.period) == (low, high, "GBP", period)


def test_adzuna_annualization_is_a_parameter() -> None:
    hourly, _ = parse_salary_with_issue(None, "8 per hour", year=UK, default_currency="GBP")
    weekly, _ = parse_salary_with_issue(None, "450 per week", year=UK, default_currency="GBP")
    assert hourly is not None
    assert hourly.annual_max == 15_360
    assert weekly is not None
    assert weekly.annual_max == 21_600
    default = parse_salary(None, "£8 per hour").result
    assert default is not None
    assert default.annual_max == 16_640


def test_without_default_currency_a_bare_figure_is_not_pay() -> None:
    assert find_salary_with_reason("22500 to 28000 per year") == (None, NO_CURRENCY)


@pytest.mark.parametrize(
    "text",
    [
        "Every engineer gets a $1,500 annual learning budget.",
        "A $100/month wellness allowance.",
        "$2,000 a year for conferences and books.",
        "Plus a $1,000 home office stipend.",
        "$10,000 relocation bonus",
    ],
)
def test_perks_are_not_pay(text: str) -> None:
    result, issue = parse_salary_with_issue(None, text)
    assert result is None
    assert issue is None
    assert find_salary_with_reason(text)[1] == NOT_BASE


def test_base_pay_next_to_a_perk_is_kept() -> None:
    text = "Base salary: USD 130,000 to 155,000 annually, plus a $1,000 home office stipend."
    result = parse_salary(None, text).result
    assert result is not None
    assert (result.min, result.max) == (130_000, 155_000)
    kept = parse_salary(None, "$150k base salary and bonus").result
    assert kept is not None
    assert kept.max == 150_000


def test_no_digits_is_no_figure() -> None:
    assert find_salary_with_reason("Competitive", "GBP") == (None, NO_FIGURE)


def test_dropped_salary_detail_quotes_the_text() -> None:
    result, issue = parse_salary_with_issue(None, "Salary: $3,000,000 - $4,000,000 per year")
    assert result is None
    assert issue is not None
    assert issue.reason == ABSURD
    assert "'$3,000,000 - $4,000,000'" in issue.detail
    assert "USD a year" in issue.detail


@pytest.mark.parametrize(
    ("structured", "low", "high", "period"),
    [
        (
            {"min": "75.00", "max": "95.00", "currency": "USD", "period": "year"},
            75_000,
            95_000,
            "year",
        ),
        ({"min": 75, "max": 95, "currency": "EUR", "period": "annual"}, 75_000, 95_000, "year"),
        (
            {"min": 75, "max": 95, "currency": "USD", "period": "hour"},
            75,
            95,
            "hour",
        ),  # real hourly
        (
            {"min": 120000, "max": 150000, "currency": "USD", "period": "year"},
            120_000,
            150_000,
            "year",
        ),
    ],
)
def test_structured_k_less_shorthand_is_thousands(structured, low, high, period) -> None:
    result = parse_salary(structured, None).result
    assert result is not None
    assert (result.min, result.max, result.period) == (low, high, period)
