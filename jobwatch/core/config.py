"""Where jobwatch keeps its data: everything lives under $JOBWATCH_HOME (default ./data).

The layout under that home is jobwatch.core.layout's.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

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
    """Parse YYYY-MM-DD into the Monday of its week; None stays None."""
    if text is None:
        return None
    return week_of(dt.date.fromisoformat(text))
