"""A refresh run is named after the week it refreshes, whatever form the week was given in."""

from __future__ import annotations

import datetime as dt

import pytest

from jobwatch.core.config import week_of
from jobwatch.crawlers.sample import latest_sample_week
from jobwatch.flows.run_info import run_name_for, run_url

THIS_WEEK = week_of(dt.datetime.now(dt.UTC).date())


@pytest.mark.parametrize(
    ("parameters", "name"),
    [
        ({"week": "2026-11-16"}, "weekly-refresh-2026-11-16"),
        ({"week": "2026-11-19"}, "weekly-refresh-2026-11-16"),  # a Thursday: its Monday
        ({"week": " 2026-11-09 ", "sample": True}, "weekly-refresh-2026-11-09"),
        ({"week": None, "sample": True}, f"weekly-refresh-{latest_sample_week()}"),
        ({"sample": False}, f"weekly-refresh-{THIS_WEEK}"),
        ({}, f"weekly-refresh-{THIS_WEEK}"),
        # a malformed week still names the run (the flow then fails with the reason)
        ({"week": "notadate"}, "weekly-refresh-notadate"),
    ],
)
def test_run_name_is_the_week_refreshed(parameters: dict, name: str) -> None:
    assert run_name_for(parameters) == name


def test_no_url_outside_a_run() -> None:
    assert run_url() is None
