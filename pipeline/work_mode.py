"""Work mode (remote | hybrid | onsite | unknown) from every signal a reader uses, with evidence.

Precedence, strongest first (docs/places.md):
1. the text's statement about this role ("This is a full-time remote role", "Location: Remote",
   "hybrid, 3 days in office", "this is not a remote position", "#LI-Onsite"); a hybrid
   statement wins, else the first remote or onsite statement;
2. the fields: title markers ("(Remote)", "Remote - US", "- Hybrid"), the location field
   ("Remote", "Anywhere", "United States (Remote)") and the source's flag; hybrid, then remote,
   then onsite;
3. a general statement ("we are a remote-first company", "ability to work remotely", "work from
   home") says remote when nothing above spoke;
4. a posting that names a city and says nothing is onsite; with no city and no signal, unknown.
A negated mention ("not a remote role", "no remote work") is an onsite statement, never remote.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from jobwatch.pipeline.memo import memo
from jobwatch.pipeline.work_mode_text import HYBRID, ONSITE, REMOTE, TextSignals, text_signals
from jobwatch.pipeline.work_mode_words import (
    FIELD_NEGATED,
    HYBRID_WORD,
    ONSITE_WORD,
    REMOTE_WORD,
    TITLE_HYBRID,
    TITLE_REMOTE,
)

if TYPE_CHECKING:
    import re

__all__ = ["HYBRID", "ONSITE", "REMOTE", "UNKNOWN", "WorkMode", "classify_work_mode"]
UNKNOWN = "unknown"
_FLAG_REMOTE = {"true", "yes", "1", "remote", "fully remote", "fully_remote", "remote_ok"}


@dataclass(frozen=True)
class WorkMode:
    mode: str
    evidence: str  # where the call came from, quoting the words it rests on


def _from_text(signals: TextSignals, has_city: bool) -> tuple[WorkMode | None, WorkMode | None]:
    """(the role statement's mode, the general statement's)."""
    said = signals.stated
    stated = WorkMode(said[0], f"description: '{said[1]}'") if said else None
    if signals.company:
        return stated, WorkMode(REMOTE, f"description, company: '{signals.company}'")
    if signals.home and has_city:
        general = f"description, general: '{signals.home}' and a city named"
        return stated, WorkMode(HYBRID, general)
    if signals.home:
        return stated, WorkMode(REMOTE, f"description, general: '{signals.home}'")
    return stated, None


def _field_mode(text: str, hybrid: re.Pattern[str], remote: re.Pattern[str]) -> str | None:
    if FIELD_NEGATED.search(text):
        return ONSITE
    for mode, pattern in ((HYBRID, hybrid), (REMOTE, remote), (ONSITE, ONSITE_WORD)):
        if pattern.search(text):
            return mode
    return None


@memo  # a pure function of three short fields
def _from_fields(title: str, location: str, flag: str) -> WorkMode | None:
    flag = flag.strip().lower()
    said = [
        ("title", title, _field_mode(title, TITLE_HYBRID, TITLE_REMOTE)),
        ("location", location, _field_mode(location, HYBRID_WORD, REMOTE_WORD)),
        (
            "flag",
            flag,
            REMOTE if flag in _FLAG_REMOTE else _field_mode(flag, HYBRID_WORD, REMOTE_WORD),
        ),
    ]
    for mode in (HYBRID, REMOTE, ONSITE):
        for where, value, found in said:
            if found == mode:
                return WorkMode(mode, f"{where}: '{value.strip()}'")
    return None


def classify_work_mode(
    title: str | None,
    location: str | None,
    flag: str | None,
    description: str | None,
    has_city: bool,
    lowered: str | None = None,
) -> WorkMode:
    """The work mode by the precedence in this module's docstring, with its evidence."""
    signals = text_signals(description, lowered) if description else TextSignals(None, None, None)
    stated, general = _from_text(signals, has_city)
    fields = _from_fields(title or "", location or "", flag or "")
    if stated or fields or general:
        return stated or fields or general  # type: ignore[return-value]
    if has_city:
        return WorkMode(ONSITE, f"place: '{location}' names a city; nothing says remote or hybrid")
    return WorkMode(UNKNOWN, "no signal")
