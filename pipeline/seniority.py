"""Seniority (entry | mid | senior) from the title, then the description, with the evidence.

Rules, in order (the first that gives a level wins):
1. Title words. Internships, apprenticeships and graduate programmes are entry (French "stage",
   "stagiaire", "alternance" too); Senior/Sr./Staff/Principal/Lead/Head of/Director/VP/Chief,
   supervisors, foremen and managers of people are senior (French "confirmé", "expérimenté",
   "directeur"); Junior/Associate/Entry-level are entry; level numerals ("Engineer I", "Tier 1",
   "Level II", "IC3"): I entry, II mid, III and up senior.
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
from jobwatch.pipeline.years import required_years, same_length_lower

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
# French internships: "Stage - Data Analyst", "Data Analyst (H/F) STAGE", "Stage Data Analyst";
# never the theatre's stage ("Stage Manager", "Stage Hand") nor an "Early Stage" anything.
_STAGE = (
    r"(?:^|[-()|/,:\[\]]\s*)stage(?=\s*(?:$|[-()|/,:\[\]]))"
    r"|^\s*stage\s+(?!(?:managers?|hands?|tech(?:nician)?s?|crew|door|directors?|electricians?|"
    r"carpenters?|riggers?|supervisors?|coordinators?|lead|builders?|designers?|combat|"
    r"actors?|performers?|assistants?|management|production|lighting|sound|audio|video|props?|"
    r"sets?|scenic|shows?|events?|concerts?|operators?|rigging|floor|ops)\b)"
)
# Level numerals inside a title: "Tier 1 Support", "Level II Technician", "Consulting IC2".
_LEVEL_WORD = r"\b(?:tier|level)[\s-]*"
_NOT_RANGE = r"\b(?!\s*(?:-|to)\s*\d)"
_TITLE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (level, re.compile(pattern, re.IGNORECASE))
    for level, pattern in (
        # Two levels named: the posting takes the lower ("Mid/Senior Developer", "Junior-Mid").
        (ENTRY, r"\b(?:junior|jr\.?|entry[- ]level)\s*(?:/|-|to|or|&)\s*(?:mid|senior|sr)\b"),
        (MID, r"\bmid(?:[- ]?level)?\s*(?:/|-|to|or|&)\s*(?:senior|sr|lead|staff)\b"),
        (MID, r"\b(?:senior|sr\.?) associate\b(?! (?:director|vice president|vp|principal))"),
        (
            ENTRY,
            r"\b(?:intern(?:ship)?|new grad(?:uate)?s?|graduates?|apprentice(?:ship)?|trainee|"
            r"in training|co-?op|working student|werkstudent|early career|university grad|"
            r"(?:university|college) students?|student (?:workers?|assistants?|employees?)|"
            rf"stagiaire|alternan(?:ce|te?)|apprentie|apprentissage)\b|{_STAGE}",
        ),
        (
            SENIOR,
            r"\b(?:s[eé]nior|sr\.?|principal|head of|director|directeur|directrice|a?vp|"
            r"vice president|chief|distinguished|cto|cdo|svp|evp|managing director|"
            r"general manager|superintendent|supervisor|forem[ae]n|forewoman|foreperson|"
            r"confirm[ée]e?|exp[ée]riment[ée]e?|chef d['’][ée]quipe|"
            rf"(?:financial |corporate |division |assistant )?{_FINANCE_CONTROLLER})(?=\W|$)",
        ),
        (SENIOR, r"(?:^|\b)(?:head|lead)(?=\s*[,:|]|\s+-\s)"),
        (SENIOR, rf"\bstaff\b{_NOT_STAFF}(?<!\bmedical staff)(?<!\bsupport staff)"),
        (SENIOR, r"\b(?:tech(?:nical)?\s+|team\s+)?lead\b(?!\s*-?\s*gen(?:eration)?\b)(?!s\b)"),
        (SENIOR, r"\b(?:team|group|section|unit|crew|shift|project)\s+leaders?\b"),
        (SENIOR, rf"\b{_FUNCTION_MANAGER}managers?\b"),
        # "JR 3915" / "JR-104" is a Workday requisition number, not "junior".
        (ENTRY, rf"\b(?:junior|jr\.?(?!\s*-?\s*\d)|entry[- ]level|{_ENTRY_ASSOCIATE})(?=\W|$)"),
        (SENIOR, rf"{_NUMERAL_BEFORE}(?:iii|iv|v|vi|3|4|5){_NUMERAL_AFTER}"),
        (ENTRY, rf"{_NUMERAL_BEFORE}(?:i|1){_NUMERAL_AFTER}"),
        (MID, rf"{_NUMERAL_BEFORE}(?:ii|2){_NUMERAL_AFTER}"),
        (ENTRY, rf"{_LEVEL_WORD}(?:i|1|one){_NOT_RANGE}|\bic[\s-]?1\b"),
        (MID, rf"{_LEVEL_WORD}(?:ii|2|two){_NOT_RANGE}|\bic[\s-]?2\b"),
        (SENIOR, rf"{_LEVEL_WORD}(?:iii|iv|v|3|4|5|three|four|five){_NOT_RANGE}|\bic[\s-]?[3-6]\b"),
        (MID, r"\bmid[- ]?(?:level|senior)?\b"),
    )
)

_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (ENTRY, re.compile(r"intern|entry|junior|graduate|student|apprentice", re.IGNORECASE)),
    (MID, re.compile(r"\bmid|intermediate|associate", re.IGNORECASE)),
    (SENIOR, re.compile(r"senior|lead|principal|staff|director|executive|expert", re.IGNORECASE)),
)


# "Manager" is a level when the job manages people. The title shows it when it names the team a
# tech ladder's management track runs ("Engineering Manager", "Manager, Data Science"); otherwise
# the description must (seniority_text.manages_people), when there is one.
_MANAGER = re.compile(rf"\b{_FUNCTION_MANAGER}managers?\b", re.IGNORECASE)
_TEAMS = (
    r"(?:software |hardware |data |ml |ai |machine learning |platform |security |qa |test |web |"
    r"mobile |it )?(?:engineering|development|dev|data science|analytics|research|design|"
    r"infrastructure|devops|sre|qa|quality assurance)"
)
_TEAM_MANAGER = re.compile(rf"\b{_TEAMS} managers?\b|\bmanagers?,? (?:of )?{_TEAMS}\b", re.I)


def _manages_by_title(title: str, found: SeniorityResult) -> bool | None:
    """True: the title names a people manager; False: a bare "Manager" that may manage only a
    function; None: the level came from another word."""
    word = (found.evidence or "").removeprefix("title: ").strip("'")
    if _MANAGER.fullmatch(word) is None:
        return None
    return _TEAM_MANAGER.search(_DASHES.sub("-", title)) is not None


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
