"""The bundled offline sample: generated Greenhouse recordings of fictional companies, served on
loopback by the replay server."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

SAMPLE_ROOT = Path(__file__).parent
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
