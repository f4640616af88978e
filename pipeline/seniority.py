"""Seniority (entry | mid | senior) from the title, then the description, with the evidence.

Rules, in order (the first that gives a level wins):
1. Title words (pipeline/seniority_title.py). Internships, apprenticeships and graduate
   programmes are entry (French "stage", "stagiaire", "alternance" too);
   Senior/Sr./Staff/Principal/Lead/Head of/Director/VP/Chief, supervisors, foremen and managers
   of people are senior (French "confirmé", "expérimenté", "directeur"); Junior/Associate/
   Entry-level are entry; level numerals ("Engineer I", "Tier 1", "Level II", "IC3"): I entry,
   II mid, III and up senior.
   Traps: "Staff Accountant"/"Staff Nurse" are not staff-level; "Lead generation" is not a level;
   "Associate Director" is senior; "Stage Manager" is not an internship.
2. A clinical or trade title (nurse, therapist, technician, driver, cook, electrician: the O*NET
   groups in taxonomy/build_job_zones.py) stops here: its years of experience and its occupation
   do not map to a tech ladder's levels, so it has no level unless its title names one.
3. The description's own statement of the level: a "Job Title:" field naming one ("Job Title: Sr
   .Net Developer"), or a sentence ("This is an entry-level position", "we are looking for a
   mid-level developer"; pipeline/seniority_text.py).
4. Years of experience the description requires ("5+ years", "at least 3 years", "3 ans
   d'expérience"; pipeline/years_context.py says which figures are requirements and which one
   decides): 0-1 entry, 2-4 mid, 5+ senior.
5. The occupation the title names, when it needs little or some preparation: O*NET job zones 1-2
   (SVP below 6: up to a year of training, the same bound as 0-1 years of experience above) are
   entry ("Cashier", "Warehouse Worker", "Receptionist"). A title that names a supervisor or
   manager, or an occupation O*NET counts as supervisory, never gets entry this way.
6. The source's own label ("Mid-Senior level", "Entry level", "Internship"), as weak evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobwatch.pipeline.memo import memo
from jobwatch.pipeline.occupation import OccupationMatch, occupation_of
from jobwatch.pipeline.seniority_text import manages_people, stated_level, stated_title
from jobwatch.pipeline.seniority_title import (
    ENTRY,
    MID,
    SENIOR,
    manages_by_title,
    title_level,
)
from jobwatch.pipeline.years import required_years, same_length_lower

__all__ = ["ENTRY", "MID", "SENIOR", "SeniorityResult", "classify_seniority"]


@dataclass(frozen=True)
class SeniorityResult:
    level: str | None
    evidence: str | None


_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (ENTRY, re.compile(r"intern|entry|junior|graduate|student|apprentice", re.IGNORECASE)),
    (MID, re.compile(r"\bmid|intermediate|associate", re.IGNORECASE)),
    (SENIOR, re.compile(r"senior|lead|principal|staff|director|executive|expert", re.IGNORECASE)),
)


def _from_title(title: str) -> SeniorityResult | None:
    found = title_level(title)
    return SeniorityResult(found[0], f"title: '{found[1]}'") if found else None


def _manages_by_title(title: str, found: SeniorityResult) -> bool | None:
    return manages_by_title(title, (found.evidence or "").removeprefix("title: ").strip("'"))


def _function_manager(title: str, named: SeniorityResult, text: str, folded: str) -> bool:
    """A bare "Manager" in the title whose description shows no people to manage."""
    return _manages_by_title(title, named) is False and manages_people(text, folded) is None


def _from_years(text: str, lowered: str | None) -> SeniorityResult | None:
    found = required_years(text, lowered)
    if found is None:
        return None
    years, span = found
    level = ENTRY if years <= 1 else MID if years <= 4 else SENIOR
    return SeniorityResult(level, f"description: '{span}'")


# A title that names someone who runs others is not an entry job, whatever the occupation.
_RUNS_OTHERS = re.compile(
    r"\b(?:supervisors?|managers?|mgr|lead|leader|foreman|forewoman|foreperson|head|chief|"
    r"captain|superintendent|director)\b",
    re.IGNORECASE,
)
ENTRY_MAX_ZONE = 2  # O*NET job zones 1-2: little or some preparation (SVP < 6, up to a year)


def _from_occupation(title: str, found: OccupationMatch | None) -> SeniorityResult | None:
    if found is None or found.info.zone > ENTRY_MAX_ZONE or found.info.supervisory:
        return None
    if _RUNS_OTHERS.search(title):
        return None
    return SeniorityResult(ENTRY, f"O*NET job zone {found.info.zone}: '{found.title}'")


@memo  # a pure function of the title (~15 regex searches and a few dict probes)
def _read_title(title: str) -> tuple[SeniorityResult | None, str | None, SeniorityResult | None]:
    """The title's level word, the clinical or trade occupation it names, its O*NET entry."""
    named = _from_title(title)
    if named is not None:
        return named, None, None
    found = occupation_of(title)
    if found is not None and found.info.trade:
        return None, found.title, None
    return None, None, _from_occupation(title, found)


def _from_description(text: str, folded: str) -> SeniorityResult | None:
    title = stated_title(text, folded)
    named = _from_title(title) if title else None
    if named is not None and title and _function_manager(title, named, text, folded):
        named = None  # "Job Title: Manager, Conference Operations" with no one to manage
    if named is not None and named.evidence:
        return SeniorityResult(named.level, f"description's job title: {named.evidence[7:]}")
    stated = stated_level(text, folded)
    if stated is not None:
        return SeniorityResult(stated[0], f"description states: '{stated[1]}'")
    return _from_years(text, folded)


def _from_label(label: str) -> SeniorityResult | None:
    for level, pattern in _LABELS:
        if pattern.search(label):
            return SeniorityResult(level, f"source label (weak): '{label.strip()}'")
    return None


def classify_seniority(
    title: str,
    description_text: str | None = None,
    source_label: str | None = None,
    lowered_description: str | None = None,
) -> SeniorityResult:
    """Level and the evidence for it; level None when nothing says (with the reason when the
    title is a clinical or trade one). `lowered_description` is description_text.lower() when the
    caller has it."""
    named, trade, zone = _read_title(title or "")
    text = description_text or ""
    folded = same_length_lower(text, lowered_description) if text else ""
    if named is not None and text and _manages_by_title(title, named) is False:
        people = manages_people(text, folded)
        if people is not None:
            return SeniorityResult(SENIOR, f"{named.evidence}, description: '{people}'")
        named = None  # a manager of a function, not of people: the description decides
    if named is not None:
        return named
    if trade is not None:
        return SeniorityResult(
            None, f"clinical or trade title ('{trade}'): years are no tech level"
        )
    found = (_from_description(text, folded) if text else None) or zone
    if found is None and source_label:
        found = _from_label(source_label)
    return found or SeniorityResult(None, None)
