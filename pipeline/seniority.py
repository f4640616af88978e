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
3. The occupation the title names, when it needs little or some preparation: O*NET job zones 1-2
   (SVP below 6: up to a year of training, the same bound as 0-1 years of experience above) are
   entry ("Cashier", "Warehouse Worker", "Receptionist"). A title that names a supervisor or
   manager, or an occupation O*NET counts as supervisory, never gets entry this way.
4. The source's own label ("Mid-Senior level", "Entry level", "Internship"), as weak evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobwatch.pipeline.memo import memo
from jobwatch.pipeline.occupation import occupation_of
from jobwatch.pipeline.years import required_years

ENTRY, MID, SENIOR = "entry", "mid", "senior"
_DASHES = re.compile(r"[\u2010-\u2015]")


@dataclass(frozen=True)
class SeniorityResult:
    level: str | None
    evidence: str | None


# "Staff" is a grade only before the occupation it grades ("Staff Engineer"); before a clinical or
# office occupation it means a regular employee, and after one ("Wait Staff", "Tax Staff",
# "Staff/Registered Nurse") it is the noun.
_NOT_STAFF = (
    r"(?=\s+\w)(?!\s+(?:accountant|nurse|writer|attorney|assistant|pharmacist|accounting|auditor|"
    r"rn|lpn|registered|acute|physician|therapist|technologist|sonographer|ct|ultrasound)\b)"
)
# "Manager" is a level (people management), except where it names a function held at any level.
_FUNCTION_MANAGER = (
    r"(?<!product )(?<!project )(?<!program )(?<!programme )(?<!account )(?<!case )"
    r"(?<!property )(?<!assistant )(?<!associate )(?<!community )(?<!media )(?<!office )"
    r"(?<!content )(?<!campaign )(?<!territory )(?<!relationship )(?<!success )(?<!care )"
    r"(?<!shift )(?<!floor )(?<!kitchen )(?<!bar )(?<!front desk )(?<!desk )(?<!unit )"
    r"(?<!marketing )(?<!category )(?<!catalog )(?<!release )(?<!scrum )(?<!change )"
    r"(?<!asset )(?<!portfolio )"
    # the manager's assistant, not a manager: "Assistant Store Manager"
    r"(?<!assistant store )(?<!assistant branch )(?<!assistant restaurant )"
    r"(?<!assistant department )(?<!assistant retail )(?<!assistant site )"
)
# Frontline jobs whose "associate" title is the hiring level ("Sales Associate"), and the tech
# ladders' "Associate Engineer"/"Associate Product Manager"; a leading "Associate" elsewhere is a
# professional grade (law, consulting, finance) and says nothing about entry.
_ENTRY_ASSOCIATE = (
    r"(?:sales|retail|store|warehouse|team|crew|customer service|pharmacy|merchandising|"
    r"operations|production|distribution|fulfillment|shift|stocking|cart|front end|guest "
    r"services?|seasonal|part[- ]time|(?<!investment )banking|teller) associates?"
    r"|associate (?:[\w+#.-]+ ){0,3}?"
    r"(?:engineer|developer|scientist|data analyst|product manager|programmer)"
)
# A level numeral ends the title or a segment of it: "Engineer II", "Analyst 3 - Remote"; never a
# figure ("Make $1,822wk", "2nd shift") nor the end of a range of levels ("Levels 1-4").
_NUMERAL_BEFORE = r"(?<![\w$.,#])(?<!\d-)(?<!\d -)(?<!\d to )"
_NUMERAL_AFTER = r"(?!\s*(?:-|to)\s*\d)\s*(?:$|[)(\-/|]|,(?!\d))"
# A controller heads accounting, unless another word says what is controlled: documents, stock,
# credit, air traffic, a machine ("Programmable Logic Controller"), or a device engineers build.
_FINANCE_CONTROLLER = (
    r"(?<!document )(?<!documents )(?<!stock )(?<!inventory )(?<!credit )(?<!traffic )"
    r"(?<!logic )(?<!quality )(?<!project )(?<!cost )(?<!access )"
    r"controller(?!s?\s+(?:firmware|engineer|design|verification|validation|software|developer|"
    r"hardware|architect|technician))"
)
_TITLE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (level, re.compile(pattern, re.IGNORECASE))
    for level, pattern in (
        (MID, r"\b(?:senior|sr\.?) associate\b(?! (?:director|vice president|vp|principal))"),
        (
            ENTRY,
            r"\b(?:intern(?:ship)?|new grad(?:uate)?|graduate|apprentice(?:ship)?|trainee|"
            r"in training|co-?op|working student|werkstudent|early career|university grad)\b",
        ),
        (
            SENIOR,
            r"\b(?:senior|sr\.?|principal|head of|director|vp|vice president|chief|"
            r"distinguished|cto|cdo|svp|evp|managing director|general manager|superintendent|"
            rf"(?:financial |corporate |division |assistant )?{_FINANCE_CONTROLLER})(?=\W|$)",
        ),
        (SENIOR, r"(?:^|\b)(?:head|lead)(?=\s*[,:|]|\s+-\s)"),
        (SENIOR, rf"\bstaff\b{_NOT_STAFF}(?<!\bmedical staff)(?<!\bsupport staff)"),
        (SENIOR, r"\b(?:tech(?:nical)?\s+|team\s+)?lead\b(?!\s*-?\s*gen(?:eration)?\b)(?!s\b)"),
        (SENIOR, rf"\b{_FUNCTION_MANAGER}managers?\b"),
        # "JR 3915" / "JR-104" is a Workday requisition number, not "junior".
        (ENTRY, rf"\b(?:junior|jr\.?(?!\s*-?\s*\d)|entry[- ]level|{_ENTRY_ASSOCIATE})(?=\W|$)"),
        (SENIOR, rf"{_NUMERAL_BEFORE}(?:iii|iv|v|vi|3|4|5){_NUMERAL_AFTER}"),
        (MID, rf"{_NUMERAL_BEFORE}(?:i|1){_NUMERAL_AFTER}|\blevel (?:i|1)\b(?!\s*-\s*\d)"),
        (MID, rf"{_NUMERAL_BEFORE}(?:ii|2){_NUMERAL_AFTER}"),
        (MID, r"\bmid[- ]?(?:level|senior)?\b"),
    )
)

_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (ENTRY, re.compile(r"intern|entry|junior|graduate|student|apprentice", re.IGNORECASE)),
    (MID, re.compile(r"\bmid|intermediate|associate", re.IGNORECASE)),
    (SENIOR, re.compile(r"senior|lead|principal|staff|director|executive|expert", re.IGNORECASE)),
)


@memo  # a pure function of the title (~12 regex searches)
def _from_title(title: str) -> SeniorityResult | None:
    text = _DASHES.sub("-", title)
    for level, pattern in _TITLE_RULES:
        match = pattern.search(text)
        if match:
            return SeniorityResult(level, f"title: '{match.group(0).strip(' ,()-/|')}'")
    return None


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


@memo
def _from_occupation(title: str) -> SeniorityResult | None:
    found = occupation_of(title)
    if found is None or found.info.zone > ENTRY_MAX_ZONE or found.info.supervisory:
        return None
    if _RUNS_OTHERS.search(title):
        return None
    return SeniorityResult(ENTRY, f"O*NET job zone {found.info.zone}: '{found.title}'")


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
    """Level and the evidence for it; level None when nothing says. `lowered_description` is
    description_text.lower() when the caller has it."""
    found = _from_title(title or "")
    if found is None and description_text:
        found = _from_years(description_text, lowered_description)
    if found is None and title:
        found = _from_occupation(title)
    if found is None and source_label:
        found = _from_label(source_label)
    return found or SeniorityResult(None, None)
