"""Greenhouse pay ranges: the period comes from the range's title or, failing that, its size."""

from __future__ import annotations

import json

import pytest

from jobwatch.crawlers.extract.greenhouse import extract_jobs
from tests.crawlers.conftest import gh_job


def pay(min_cents: int | None, max_cents: int | None, title: str = "", blurb: str = "") -> dict:
    return {
        "min_cents": min_cents,
        "max_cents": max_cents,
        "currency_type": "USD",
        "title": title,
        "blurb": blurb,
        "description": "<p>Base pay</p>",
    }


@pytest.mark.parametrize(
    ("ranges", "period", "text"),
    [
        ([pay(4400, 5400, "Hourly Pay Range")], "hour", "44 - 54 USD per hour"),
        ([pay(4400, 5400)], "hour", "44 - 54 USD per hour"),  # tiny amounts, untitled
        ([pay(4400, 5400, "Pay Range")], "hour", "44 - 54 USD per hour"),
        (
            [pay(15000000, 20000000, "Annual Salary Range")],
            "year",
            "150,000 - 200,000 USD per year",
        ),
        (
            [pay(15000000, 20000000, "Pay Range", blurb="Plus an hourly on-call stipend")],
            "year",
            "150,000 - 200,000 USD per year",
        ),  # trap: the blurb does not set the period
        ([pay(900000, 1100000, "Monthly Salary")], "month", "9,000 - 11,000 USD per month"),
        ([pay(60000, 80000, "Day rate")], "day", "600 - 800 USD per day"),
        ([pay(None, 3000, "Per hour")], "hour", "30 USD per hour"),
        ([pay(30000, 40000, "US Zone 1")], "year", "300 - 400 USD per year"),  # above hourly max
    ],
)
def test_hourly_ranges_stay_hourly(ranges, period, text):
    body = json.dumps({"jobs": [gh_job(1, pay_input_ranges=ranges)]})
    (item,) = extract_jobs(body, board="b", url="u", fetched_at="t", crawl_id="c").items
    assert item["salary_structured"]["period"] == period
    assert item["salary_raw"] == text
