"""Where jobwatch keeps its data: everything lives under $JOBWATCH_HOME (default ./data).

The layout under that home is jobwatch.core.layout's.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from jobwatch.core.errors import UserError
from jobwatch.core.layout import Paths


def home_dir() -> Path:
    """$JOBWATCH_HOME, or ./data relative to the working directory."""
    return Path(os.environ.get("JOBWATCH_HOME", "data")).resolve()


def paths(home: Path | None = None) -> Paths:
    return Paths(home or home_dir())


def week_of(day: dt.date) -> dt.date:
    """The Monday that starts the ISO week containing `day`: weeks are named by their Monday."""
    return day - dt.timedelta(days=day.weekday())


def parse_week(text: str | None) -> dt.date | None:
    """Parse YYYY-MM-DD into the Monday of its week; None stays None; a bad date is a UserError."""
    if text is None:
        return None
    try:
        return week_of(dt.date.fromisoformat(text.strip()))
    except ValueError:
        raise UserError(f"week {text!r} is not a date: expected YYYY-MM-DD") from None


# The earliest week a crawl or refresh may be filed under: the public ATS APIs serve only today's
# postings, so an older week is a typo unless it is a deliberate backfill (--allow-any-week).
WEEK_FLOOR = dt.date(2020, 1, 6)
# A crawl may be filed under next week at most (a Sunday-night run in another time zone).
WEEK_AHEAD_MAX = dt.timedelta(days=7)


def check_week(week: dt.date, *, allow_any: bool = False, today: dt.date | None = None) -> None:
    """Refuse a week to write under that is more than a week ahead or (unless allow_any) before
    WEEK_FLOOR: once in the raw lake it would become every reader's latest week for good."""
    today = today or dt.datetime.now(dt.UTC).date()
    if week > week_of(today + WEEK_AHEAD_MAX):
        raise UserError(
            f"week {week} is in the future (at most next week, {week_of(today + WEEK_AHEAD_MAX)})"
        )
    if week < WEEK_FLOOR and not allow_any:
        raise UserError(
            f"week {week} is before {WEEK_FLOOR}; pass --allow-any-week to backfill real history"
        )
