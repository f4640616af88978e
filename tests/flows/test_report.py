"""The run report's markdown: tables that untrusted text cannot break, and honest sections."""

from __future__ import annotations

import pytest

from jobwatch.flows.report import checks_section, pages_section, run_report


@pytest.mark.parametrize(
    ("error", "cell"),
    [
        ("HTTP 500", "HTTP 500"),
        ("bad | pipe", "bad \\| pipe"),  # would split the row into an extra column
        ("two\nlines", "two lines"),  # would end the table
        (None, ""),
    ],
)
def test_board_errors_stay_inside_their_cell(error: str | None, cell: str) -> None:
    run = {
        "source": "greenhouse",
        "board": "acme",
        "status": "failed",
        "items": 0,
        "http_status": {"500": 3},
        "error": error,
    }
    summary = {
        "week": "2026-11-16",
        "status": "completed with failed sources",
        "crawls": [{"source": "greenhouse", "items": 0, "runs": [run]}],
        "failed_boards": [run],
    }
    report = run_report(summary, None)
    assert f"| greenhouse | acme | failed | 0 | 500×3 | {cell} |" in report
    assert "Failed or partial boards: greenhouse/acme." in report
    assert "No warehouse was built in this run: nothing to compare." in report


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        ({"out": "/h/site", "pages": ["a.html", "b.html"], "skipped": []}, "2 pages in `/h/site`."),
        ({"error": "ValueError: x | y"}, "**Failed:** ValueError: x \\| y"),
        ({"unavailable": "reports.site is missing"}, "Not rendered: reports.site is missing."),
        (
            {"out": "/h/site", "pages": [], "skipped": ["A vs B: no postings"]},
            "Skipped: A vs B: no postings.",
        ),
    ],
)
def test_pages_section(pages: dict, expected: str) -> None:
    assert expected in "\n".join(pages_section(pages))


def test_failed_checks_are_named_and_the_rest_listed_as_passed() -> None:
    names = ["keys_not_null", "postings_unique_id"]
    text = "\n".join(checks_section(names, [("keys_not_null", 3)]))
    assert "**Failed:** `keys_not_null` (3 rows). The previous warehouse was kept." in text
    assert "1 passed: `postings_unique_id`" in text
