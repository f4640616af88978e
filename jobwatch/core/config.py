"""Where jobwatch keeps its data: everything lives under $JOBWATCH_HOME (default ./data)."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Paths:
    """The on-disk layout under one home directory."""

    home: Path

    @property
    def raw(self) -> Path:
        """Immutable raw lake: raw/source=S/week=W/crawl=ID/ (see docs/architecture.md)."""
        return self.home / "raw"

    @property
    def normalized(self) -> Path:
        """Normalized postings per crawl: normalized/taxonomy=V/source=S/week=W/crawl=ID/."""
        return self.home / "normalized"

    @property
    def warehouse(self) -> Path:
        return self.home / "warehouse.duckdb"

    @property
    def exports(self) -> Path:
        return self.home / "exports"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def site(self) -> Path:
        return self.home / "site"


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
