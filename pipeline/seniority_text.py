"""A description's own statement of the role's level ("This is an entry-level position").

Only sentences about this role count: "this role is / this is a <level> position", "as an entry
level engineer, you ...", "we are looking for a mid-level developer", "entry level is acceptable",
an "Experience level: <level>" field, and the French "débutant accepté". A level named for other
people ("mentor junior engineers", "report to a senior manager"), a negated one ("this is not an
entry level role") and a list of levels ("all levels, from mid-level to lead") say nothing.
"""

from __future__ import annotations

import re

from jobwatch.pipeline.seniority_title import ENTRY, MID, SENIOR
from jobwatch.pipeline.windows import finditer_near

_LEVELS = {
    ENTRY: r"entry[- ]?level|junior|débutante?",
    MID: r"mid[- ]?level|intermediate|confirmée?",
    SENIOR: r"senior(?:[- ]level)?|sénior|expérimentée?",
}
_POST = r"(?:role|position|job|opportunity|opening|post|poste)"
# Between "looking for a" and the level: adjectives, not a list of levels ("a junior or senior").
_NOT_A_LIST = r"(?!(?:or|to|ou)\b)"
# After the level: the job, not other people ("seeking a senior leader's sign-off").
_NOT_OTHERS = (
    r"(?!(?:leaders?|leadership|management|managers|executives|stakeholders|team|staff|"
    r"colleagues|or|and|to)\b)"
)
_ROLE_IS = r"\b(?:this|the|it|the (?:role|position|job))\s+(?:is|['’]s)\s+(?:an?\s+|our\s+)?"


def _statements(level: str) -> str:
    words = _LEVELS[level]
    return "|".join(
        (
            rf"{_ROLE_IS}(?:{words})(?:\s+{_POST}\b|\s*[.,;!]|$)",  # "this is a mid-level role"
            rf"\bas an?\s+(?:{words})\s+\w+",  # "As an Entry Level Software Engineer, you ..."
            # "we are looking for a talented Mid-level Frontend Developer"
            rf"\b(?:looking for|seeking|hiring|recruiting|recherchons|recrutons)\s+(?:an?|une?)\s+"
            rf"(?:{_NOT_A_LIST}[\w-]+\s+){{0,3}}?(?:{words})\s+{_NOT_OTHERS}\w+",
            rf"\b(?:experience|career|seniority|job|position)\s+level\s*[:\n]\s*(?:{words})\b",
        )
    )


_STATEMENT = re.compile(
    "|".join(f"(?P<{level}>{_statements(level)})" for level in _LEVELS)
    + r"|(?P<entry_ok>entry[- ]?level (?:is )?(?:acceptable|accepted|welcome|considered)|"
    r"débutante?s? acceptée?s?|jeunes? diplômée?s? acceptée?s?|"
    r"(?:recent|new) (?:college |university )?grad(?:uate)?s? (?:are )?(?:welcome|encouraged)|"
    r"great opportunity for (?:recent|new) (?:college |university )?grad(?:uate)?s|"
    r"no (?:prior |previous )?experience (?:is )?(?:required|necessary|needed))"
)
# Every statement holds one of these words; the statement patterns (slow over a whole posting:
# ~0.4 ms) are tried only around them, from 80 characters before ("we are looking for a
# talented and experienced senior") to 50 after ("entry level is acceptable").
_LEVEL_WORDS = (
    *("entry", "junior", "mid", "intermediate", "confirm", "senior", "sénior", "expériment"),
    *("débutant", "diplômé", "grad", "no prior", "no previous", "no experience"),
)
_BEFORE_WORD, _AFTER_WORD = 80, 50
_NEGATED = re.compile(r"\b(?:not|n['’]t|never|pas)\s+(?:\w+\s+)?$")


def stated_level(text: str, folded: str) -> tuple[str, str] | None:
    """(level, the sentence's words) of the first statement of this role's level, or None;
    `folded` is the text in lower case, of the same length (the patterns are matched there:
    case-sensitive alternations are ~10x faster than IGNORECASE ones)."""
    for match in finditer_near(_STATEMENT, folded, _LEVEL_WORDS, _BEFORE_WORD, _AFTER_WORD):
        if _NEGATED.search(folded, max(0, match.start() - 20), match.start()):
            continue
        level = ENTRY if match.lastgroup == "entry_ok" else str(match.lastgroup)
        return level, " ".join(text[match.start() : match.end()].split())
    return None


# A "Job Title:" field restates the title, often with the level the posting's title left out; it
# ends at the line's end or where flattened text glues the next field on ("DeveloperHybrid").
_TITLE_FIELD = re.compile(r"\b(?:job title|position title|title of position)\s*:\s*([^\n]{2,60})")
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")


# Where a field's words start, from the "title" in them: "position title", "job title", "title of
# position". Only there is the field tried (a search of the whole text costs ~8 us).
_TITLE_BACK = (len("position "), len("job "), 0)


def stated_title(text: str, folded: str) -> str | None:
    """The title a "Job Title:" field in the description gives, or None."""
    at = folded.find("title")
    if at < 0:
        return None
    places: set[int] = set()
    while at >= 0:
        places.update(at - back for back in _TITLE_BACK if at >= back)
        at = folded.find("title", at + 1)
    found = next(filter(None, (_TITLE_FIELD.match(folded, s) for s in sorted(places))), None)
    if found is None:
        return None
    return _GLUE.split(text[found.start(1) : found.end(1)], 1)[0].strip()


# A manager of people: the description names the people ("3 direct reports", "lead a team of 8",
# "supervise the office staff", "hire, train and coach", "encadrer une équipe"); a team worked
# with ("cross-functional teams", "client teams") is not one.
_STAFF = (
    r"(?:teams?|staff|employees|associates|crews?|personnel|people|technicians|engineers|"
    r"analysts|specialists|representatives|agents|workers|team members|accountants|nurses|"
    # a unit run is its people: "lead the department", "manage the store"
    r"departments?|units?|stores?|restaurants?|branch(?:es)?|clinics?|offices?|facilit(?:y|ies)|"
    r"sites?|plants?|shifts?)"
)
_PEOPLE = re.compile(
    r"\bdirect reports?\b|\bpeople (?:manager|management|leader)\b|\bfirst[- ]level manager\b|"
    r"\bsupervisory (?:experience|responsibilit|role|position)|"
    r"\b(?:manage|manages|managing|supervise|supervises|"
    r"supervising|lead|leads|leading|oversee|"
    r"oversees|overseeing|direct|directs|directing|coach|coaches|coaching|mentor|mentors|build|"
    # "our growing team", "a growing staff": an adjective, not the job growing it
    r"builds|building|grow|grows|(?<!our )(?<!a )(?<!the )(?<!fast )(?<!rapidly )growing|"
    r"develop|develops|developing)\s+(?:and\s+\w+\s+)?"
    r"(?:(?!cross|virtual|project|external|client|vendor|partner|customer|with|across|between|for|to|from|other)[\w-]+\s+){0,4}?"
    rf"{_STAFF}\b|\bteam of \d+|\bhir(?:e|ing),? (?:and )?(?:train|develop|coach|supervis)|"
    r"\bperformance (?:reviews|evaluations|appraisals)\b|"
    r"\b(?:encadr|manag|dirig|anim)\w*\s+(?:une |l['’]|d['’]une |des )?équipes?\b",
)


# Every _PEOPLE match holds one of these, at most 90 characters from its start ("lead the
# activities of the department") and 40 from its end.
_PEOPLE_WORDS = (
    *("direct report", "people ", "first", "supervisory", "team", "staff", "employee"),
    *("associates", "crew", "personnel", "technicians", "engineers", "analysts", "specialists"),
    *("representatives", "agents", "workers", "accountants", "nurses", "department", "unit"),
    *("store", "restaurant", "branch", "clinic", "office", "facilit", "site", "plant", "shift"),
    *("performance", "hir", "équipe"),
)


# The posting says the job manages nobody: "Supervisory Responsibilities: No direct reports".
_NO_REPORTS = re.compile(
    r"\bno (?:direct reports|(?:supervisory|people management|management) responsibilit)"
    r"(?!\w*\s*(?:yet|initially|at first|to start)\b)|"
    r"\bsupervisory responsibilit(?:y|ies)\s*:?\s*(?:none|n/a)\b|"
    r"\b(?:does|will) not (?:have (?:any )?direct reports|supervise|manage (?:staff|people|others|"
    r"employees))\b|\bindividual contributor role\b"
)


def manages_people(text: str, folded: str) -> str | None:
    """The words that show the job manages people, or None (matched in `folded`, the text in
    lower case of the same length); None too where the text says it manages nobody."""
    if _NO_REPORTS.search(folded):  # asked only of titles whose manager word is bare: rare
        return None
    found = next(finditer_near(_PEOPLE, folded, _PEOPLE_WORDS, 90, 40), None)
    return " ".join(text[found.start() : found.end()].split()) if found else None
