"""What the weekly run changes in the registry: disable after N failing weeks, re-enable what it
disabled once it answers, move a stale slug found elsewhere; never touch a person's choice."""

from __future__ import annotations

import pytest

from jobwatch.core.errors import UserError
from jobwatch.crawlers import lifecycle
from jobwatch.crawlers.sources import Source

WEEK = "2026-11-30"


def streak(weeks: int, *, status: str = "failed", stale: bool = False, last: str = WEEK) -> dict:
    return {
        "last_week": last,
        "last_status": status,
        "failing_weeks": weeks,
        "failing_since": "2026-11-16",
        "error": "HTTP 500" if not stale else "HTTP 404: board not found",
        "stale_slug": stale,
    }


AUTO_NOTE = f"{lifecycle.AUTO} of week 2026-10-05: failed 3 weeks in a row"
OFF = Source("Acme", "greenhouse", "acme", enabled=False, note=AUTO_NOTE)


@pytest.mark.parametrize(
    ("row", "found", "kind"),
    [
        (Source("Acme", "greenhouse", "acme"), streak(3), lifecycle.DISABLED),
        (Source("Acme", "greenhouse", "acme"), streak(2), None),  # not yet N weeks
        (Source("Acme", "greenhouse", "acme"), streak(0, status="ok"), None),
        (OFF, streak(0, status="ok"), lifecycle.REENABLED),  # its monthly re-probe answered
        (OFF, streak(0, status="ok", last="2026-11-02"), None),  # not crawled this week
        (OFF, streak(4), None),
        (Source("Acme", "greenhouse", "acme", enabled=False, note="paused by Ana"),
         streak(0, status="ok"), None),  # a person disabled it: it stays so
    ],
)  # fmt: skip
def test_plan_changes(row: Source, found: dict, kind: str | None) -> None:
    changes = lifecycle.plan_changes([row], {row.key: found}, week=WEEK, after=3)
    assert [c.kind for c in changes] == ([kind] if kind else [])


def test_a_disabled_board_says_why_and_since_when() -> None:
    row = Source("Acme", "greenhouse", "acme")
    (change,) = lifecycle.plan_changes([row], {row.key: streak(3)}, week=WEEK, after=3)
    assert change.fields == {
        "enabled": False,
        "note": f"{lifecycle.AUTO} of week {WEEK}: failed 3 weeks in a row since 2026-11-16:"
        " HTTP 500",
    }
    (back,) = lifecycle.plan_changes(
        [Source("Acme", "greenhouse", "acme", enabled=False, note=change.fields["note"])],
        {row.key: streak(0, status="partial")},
        week=WEEK,
        after=3,
    )
    assert back.fields == {"enabled": None, "note": None}  # both removed from the row


def test_a_stale_slug_found_on_another_platform_moves() -> None:
    old = Source("Cursor", "greenhouse", "cursor", website="https://cursor.com", ai=True)
    listed = Source("Lambda", "lever", "lambda")
    streaks = {old.key: streak(3, stale=True), listed.key: streak(3, stale=True)}
    changes = lifecycle.plan_changes([old, listed], streaks, week=WEEK, after=3)
    assert lifecycle.stale(changes, streaks) == [old.key, listed.key]
    rows = {r.key: r for r in (old, listed, Source("Lambda", "ashby", "lambda"))}
    moves = {old.key: ("ashby", "cursor"), listed.key: ("ashby", "lambda")}
    cursor, lam = lifecycle.with_moves(changes, moves, rows, WEEK)
    assert (cursor.kind, cursor.moved_to) == (lifecycle.MOVED, ("ashby", "cursor"))
    assert cursor.fields["note"] == f"{lifecycle.AUTO} of week {WEEK}: moved to ashby/cursor"
    assert cursor.new_row == {
        "company": "Cursor",
        "platform": "ashby",
        "board": "cursor",
        "origin": "moved from greenhouse",
        "website": "https://cursor.com",
        "ai": True,
    }
    assert lam.new_row == {}  # ashby/lambda is listed already: nothing appended


@pytest.mark.parametrize(("value", "weeks"), [(None, 3), ("5", 5), (2, 2)])
def test_the_setting(value, weeks: int) -> None:
    settings = {} if value is None else {lifecycle.DISABLE_AFTER_SETTING: value}
    assert lifecycle.disable_after(settings) == weeks


@pytest.mark.parametrize("value", ["soon", "0"])
def test_a_bad_setting_is_a_clear_error(value: str) -> None:
    with pytest.raises(UserError, match=lifecycle.DISABLE_AFTER_SETTING):
        lifecycle.disable_after({lifecycle.DISABLE_AFTER_SETTING: value})
