"""Crawl-run rows from per-board stats: the ok / partial / failed rule and the row's fields."""

from __future__ import annotations

import datetime as dt

import pytest

from jobwatch.crawlers.health import board_status, run_row


@pytest.mark.parametrize(
    ("pages_ok", "pages_failed", "status"),
    [(1, 0, "ok"), (3, 0, "ok"), (2, 1, "partial"), (0, 1, "failed"), (0, 0, "failed")],
)
def test_board_status_rule(pages_ok, pages_failed, status):
    assert board_status(pages_ok, pages_failed) == status


def row(stats: dict, board: str = "acme") -> dict:
    return run_row(
        stats,
        crawl_id="gh-1",
        source="greenhouse",
        week="2026-11-09",
        board=board,
        closing_reason="finished",
    )


T0 = dt.datetime(2026, 11, 10, 8, 0, 0, tzinfo=dt.UTC).timestamp()


def test_row_of_a_board_with_a_quarantined_record_is_ok_with_counts():
    stats = {
        "board/acme/requests": 2,
        "board/acme/http/500": 1,
        "board/acme/http/200": 1,
        "board/acme/pages_ok": 1,
        "board/acme/items": 4,
        "board/acme/parse_errors": 1,
        "board/acme/quarantined": 1,
        "board/acme/t_start": T0,
        "board/acme/t_end": T0 + 1.25,
        "board/acmeish/items": 99,
    }
    assert row(stats) == {
        "crawl_id": "gh-1",
        "source": "greenhouse",
        "board": "acme",
        "week": "2026-11-09",
        "started_at": "2026-11-10T08:00:00Z",
        "finished_at": "2026-11-10T08:00:01Z",
        "status": "ok",
        "http_status": {"200": 1, "500": 1},
        "requests": 2,
        "items": 4,
        "parse_errors": 1,
        "quarantined": 1,
        "error": None,
        "stale_slug": False,
        "duration_s": 1.25,
    }


def test_partial_and_failed_rows_carry_an_error_line():
    partial = row(
        {
            "board/acme/pages_ok": 2,
            "board/acme/pages_failed": 1,
            "board/acme/error": "HTTP 500 after 3 attempts",
        }
    )
    assert partial["status"] == "partial"
    assert partial["error"] == "1 of 3 pages failed; first: HTTP 500 after 3 attempts"
    never = row({}, board="late")
    assert never["status"] == "failed"
    assert never["error"] == "no response: the crawl ended (finished) before this board was read"
    assert never["http_status"] == {}
    assert never["duration_s"] == 0.0
