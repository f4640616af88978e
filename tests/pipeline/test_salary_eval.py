"""The salary-from-text measures (pipeline/evaluation/salary_linkedin.py): what counts as a
written figure, how a pay-range label reads, and that every listed disagreement is a real row."""

from __future__ import annotations

import pytest

from jobwatch.pipeline.evaluation.linkedin_text import read_rows, row_id
from jobwatch.pipeline.evaluation.salary_labels import PayLabel, bright_label
from jobwatch.pipeline.evaluation.salary_linkedin import disagreements, is_right, written
from tests.eval_data import EVAL_DATA


@pytest.mark.parametrize(
    ("value", "text", "expected"),
    [
        (85_000, "Salary: $85,000 - $95,000", True),
        (85_000, "Pay: $85,000.00 per year", True),
        (85_000, "Pay: $85K", True),
        (85_000, "€85.000 brutto", True),
        (45_000, "45 000,00 EUR par an", True),
        (21.33, "Pay: $21.33 an hour", True),
        (85_000, "Our 85,000 customers", False),  # no currency near it
        (85_000, "Salary: $185,000", False),  # part of another figure
        (20, "Pay: $20.50 an hour", False),
    ],
)
def test_a_figure_is_written_only_as_a_figure_near_a_currency(value, text, expected) -> None:
    assert written(value, text) is expected


@pytest.mark.parametrize(
    ("pay", "label"),
    [
        ("$71,500.00/yr - $100,000.00/yr", PayLabel(71_500, 100_000, "year", "$")),
        ("$27.40/hr - $52.98/hr", PayLabel(27.4, 52.98, "hour", "$")),
        ("45 000,00 EUR/an - 55 000,00 EUR/an", PayLabel(45_000, 55_000, "year", "EUR")),
        ("₹400,000.00/yr - ₹1,000,000.00/yr", PayLabel(400_000, 1_000_000, "year", "INR")),
        ("$11,700.00/mo - $12,000.00/mo", PayLabel(11_700, 12_000, "month", "$")),
    ],
)
def test_pay_range_labels(pay, label) -> None:
    assert bright_label(pay) == label


def test_right_means_both_annual_bounds_within_one_percent() -> None:
    label = PayLabel(20, 25, "hour", "USD")
    row = {"salary_min": 20, "salary_max": 25, "salary_period": "hour", "salary_currency": "USD"}
    assert is_right(row, label)
    assert is_right(
        row | {"salary_min": 41_600, "salary_max": 52_000, "salary_period": "year"}, label
    )
    assert not is_right(row | {"salary_max": None}, label)  # a missing bound is wrong
    assert not is_right(row | {"salary_currency": "CAD"}, label)
    assert is_right(row | {"salary_currency": "CAD"}, PayLabel(20, 25, "hour", "$"))


def test_every_listed_disagreement_is_a_labelled_row_quoting_its_text() -> None:
    columns = {
        "linkedin-arshkon-2024-descriptions": ("pay_period", "description"),
        "linkedin-brightdata-sample-2024": ("job_base_pay_range", "job_summary"),
    }
    for dataset, listed in disagreements().items():
        label, text = columns[dataset]
        rows = {row_id(dataset, r): r for r in read_rows(EVAL_DATA, dataset)}
        for posting_id, entry in listed.items():
            assert rows[posting_id][label], f"{dataset} {posting_id} has no pay label"
            low, high, _ = entry["text"]
            stated = [v for v in (low, high) if v is not None]
            assert any(written(v, rows[posting_id][text]) for v in stated), posting_id
