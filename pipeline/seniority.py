"""Seniority (entry | mid | senior) from the title, then years of experience, then the source label.

Rules, in order (the first that gives a level wins):
1. Title words. Internships and graduate programmes are entry; Senior/Sr./Staff/Principal/Lead/
   Head of/Director/VP/Chief and managers of engineers are senior; Junior/Associate/Entry-level are
   entry; numbered levels III and up are senior, while I and II are mid (companies hire both
   graduates and experienced people at "I", so a bare "I" is not evidence of entry level).
   Traps: "Staff Accountant"/"Staff Nurse" are not staff-level; "Lead generation" is not a level;
   "Associate Director" is senior.
2. Years of experience required in the description ("5+ years", "at least 3 years", "2-4 years of
   experience"): the largest lower bound found decides, 0-1 entry, 2-4 mid, 5+ senior.
3. The source's own label ("Mid-Senior level", "Entry level", "Internship"), as weak evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.years import required_years

ENTRY, MID, SENIOR = "entry", "mid", "senior"


@dataclass(frozen=True)
class SeniorityResult:
    level: str | None
    evidence: str | None


_NOT_STAFF = r"(?!\s+(?:accountant|nurse|writer|attorney|assistant|pharmacist|accounting|auditor))"
_TITLE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (level, re.compile(pattern, re.IGNORECASE))
    for level, pattern in (
        (
            ENTRY,
            r"\b(?:intern(?:ship)?|new grad(?:uate)?|graduate|apprentice(?:ship)?|trainee|"
            r"co-?op|working student|werkstudent|early career|university grad)\b",
        ),
        (
            SENIOR,
            r"\b(?:senior|sr\.?|principal|head of|director|vp|vice president|chief|"
            r"distinguished|cto|cdo|svp|evp)(?=\W|$)",
        ),
        (SENIOR, rf"\bstaff\b{_NOT_STAFF}(?<!\bmedical staff)(?<!\bsupport staff)"),
        (SENIOR, r"\b(?:tech(?:nical)?\s+|team\s+)?lead\b(?!\s*-?\s*gen(?:eration)?\b)(?!s\b)"),
        (
            SENIOR,
            r"\b(?:(?:engineering|data science|research|analytics|software|ml|machine "
            r"learning|ai|data|development) manager|manager,? (?:of )?(?:\w+ ){0,2}"
            r"(?:engineering|engineers|data science|research|analytics|machine learning))\b",
        ),
        (
            ENTRY,
            r"\b(?:junior|jr\.?|entry[- ]level|associate(?!\s+(?:director|vice president|"
            r"vp|principal|partner|general counsel)))(?=\W|$)",
        ),
        (SENIOR, r"(?:\b|\s)(?:iii|iv|v|vi|3|4|5)\s*(?:$|[,)(\-/|])"),
        (MID, r"(?:\b|\s)(?:i|ii|1|2)\s*(?:$|[,)(\-/|])"),
        (MID, r"\bmid[- ]?(?:level|senior)?\b"),
    )
)

_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (ENTRY, re.compile(r"intern|entry|junior|graduate|student|apprentice", re.IGNORECASE)),
    (MID, re.compile(r"\bmid|intermediate|associate", re.IGNORECASE)),
    (SENIOR, re.compile(r"senior|lead|principal|staff|director|executive|expert", re.IGNORECASE)),
)


def _from_title(title: str) -> SeniorityResult | None:
    text = re.sub(r"[\u2010-\u2015]", "-", title)
    for level, pattern in _TITLE_RULES:
        match = pattern.search(text)
        if match:
            return SeniorityResult(level, f"title: '{match.group(0).strip(' ,()-/|')}'")
    return None


def _from_years(text: str) -> SeniorityResult | None:
    found = required_years(text)
    if found is None:
        return None
    years, span = found
    level = ENTRY if years <= 1 else MID if years <= 4 else SENIOR
    return SeniorityResult(level, f"description: '{span}'")


def _from_label(label: str) -> SeniorityResult | None:
    for level, pattern in _LABELS:
        if pattern.search(label):
            return SeniorityResult(level, f"source label (weak): '{label.strip()}'")
    return None


def classify_seniority(
    title: str, description_text: str | None = None, source_label: str | None = None
) -> SeniorityResult:
    """Level and the evidence for it; level None when nothing says."""
    found = _from_title(title or "")
    if found is None and description_text:
        found = _from_years(description_text)
    if found is None and source_label:
        found = _from_label(source_label)
    return found or SeniorityResult(None, None)
