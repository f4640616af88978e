"""The bundled offline sample: recorded responses served on loopback by the replay server."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import crawlers

SAMPLE_ROOT = Path(crawlers.__file__).parent / "sample"
SAMPLE_SOURCES = SAMPLE_ROOT / "sources.yaml"


def sample_weeks() -> list[dt.date]:
    """Weeks that have recordings, oldest first."""
    weeks = {
        dt.date.fromisoformat(d.name.removeprefix("week="))
        for d in SAMPLE_ROOT.glob("*/week=*")
        if d.is_dir()
    }
    return sorted(weeks)


def latest_sample_week() -> dt.date:
    weeks = sample_weeks()
    if not weeks:
        raise FileNotFoundError(f"no sample recordings under {SAMPLE_ROOT}")
    return weeks[-1]
