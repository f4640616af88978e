"""The wording of work-mode statements, as patterns over lower-cased text (see work_mode.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobwatch.pipeline.prefilter import Prefilter

_ROLE = r"(?:role|position|job|opportunity|internship|opening|assignment)"
_KIND = r"(?:full[\s-]?time|part[\s-]?time|contract|temporary|temp|permanent|paid|unpaid|w2|hourly)"
_ONSITE = r"(?:on[\s-]?site|in[\s-]office|in[\s-]person|office[\s-]based)"
# "Location: Remote", "Work arrangement - Hybrid", "Contract Location: US Remote"; flattened
# text glues the label to the word before ("ManagerLocation: REMOTE"), so no \b before it.
_LABEL = (
    r"(?:locations?|workplace(?:\s+type)?|work\s+(?:arrangement|model|type|setting|mode)|"
    r"location\s+type|remote\s+status)\s*[:\-–]\s*(?:[a-z.]{1,12}\s+){0,2}?\(?"
)
_THIS_ROLE_IS = (
    rf"\b(?:this|the)\s+(?:{_KIND}\s+)*{_ROLE}\s+(?:is|will\s+be|can\s+be)\s+(?:an?\s+)?"
)
_THIS_IS_A = rf"\bthis\s+is\s+an?\s+(?:(?:fully|100%|completely|entirely|{_KIND})[\s,]+)*"
_CELL = r"[\n|•·][ \t]*(?:fully\s+|100%\s+)?{}[ \t]*(?:$|[|•·])"
_DAYS = r"[1-5]|one|two|three|four|five"
_FEW = r"[1-4]|one|two|three|four"


@dataclass(frozen=True)
class Wording:
    """Statements over lower-cased text, tried in order: at a place where several match, the
    first one's match counts (as one regex of them all would say). Written with a leading \\b
    where the match must start a word; that \\b is dropped from the regex (re then scans for
    the first letter instead of trying every position, ~6x faster) and `starts` holds it
    instead. Each statement is its own regex, tried only where the words its every match holds
    are (STATEMENT_WORDS): one regex of them all was tried at almost every character."""

    mode: str
    alternatives: tuple[re.Pattern[str], ...]
    word_start: bool  # check starts() on each match


def starts(folded: str, at: int) -> bool:
    """A match may start at `at`: a word starts there, or a figure ("NY3 days": a digit may
    follow a letter in flattened text, not another digit, "." or ",")."""
    before = folded[at - 1] if at else " "
    if folded[at : at + 1].isdigit():
        return not (before.isdigit() or before in ".,")
    return not (before.isalnum() or before == "_")


def _bounded(pattern: str) -> str:
    """`pattern` with every open-ended repeat bounded, so each statement fits the window that
    work_mode.py searches around its anchor word (checked by
    tests/pipeline/test_salary_and_work_mode_scans.py)."""
    for loose, tight in _BOUNDS:
        pattern = pattern.replace(loose, tight)
    return pattern


def _wordings(mode: str, patterns: tuple[str, ...]) -> list[Wording]:
    """The patterns written with a leading \\b as one wording, the others as another."""
    worded = [_LEADING_B.sub("", p) for p in patterns if p.startswith(r"\b")]
    free = [p for p in patterns if not p.startswith(r"\b")]
    return [
        Wording(mode, tuple(re.compile(_bounded(p), re.M) for p in group), word)
        for group, word in ((worded, True), (free, False))
        if group
    ]


# The words every match of OFFICE_DAYS, COMPANY_REMOTE and HOME_WORKING holds: no need to
# search a window without one. "remote" also in "remote-first", "day" in "3 days".
DAYS_NEEDS = ("day",)
COMPANY_NEEDS = ("remote", "distributed", "anywhere")
HOME_NEEDS = ("remote", "home", "wfh", "tele", "télé", "virtual")


_LEADING_B = re.compile(r"(?:^|(?<=\|))\\b")  # a \b that starts a top-level alternative
_BOUNDS = (
    (r"\s+", r"\s{1,3}"),
    (r"\s*", r"\s{0,3}"),
    (r"[\s-]+", r"[\s-]{1,3}"),
    (r"[\s,]+", r"[\s,]{1,3}"),
    (r"[ \t]*", r"[ \t]{0,3}"),
    (r"\w+", r"\w{1,20}"),
    (r"\w*", r"\w{0,20}"),
    (")*", "){0,2}"),
)

_STATE = {
    "remote": (
        rf"{_THIS_ROLE_IS}(?:(?:fully|100%|completely|entirely|primarily)\s+)?remote\b",
        rf"{_THIS_IS_A}remote\b(?![\s-]+(?:first|friendly))",
        rf"\b(?:fully|100%|completely|entirely|full|permanently)[\s-]+remote\s+{_ROLE}\b",
        rf"\bremote\s+{_ROLE}\b",
        r"\b100%\s+remote\b|\bremote\s+100%",
        rf"{_LABEL}remote(?!ly)",  # no \b: "Location: RemoteDuration: 6 months" is flattened
        _CELL.format("remote") + r"|\(\s*(?:fully\s+|100%\s+)?remote\s*\)",
        r"#li-remote\b",
        r"\b(?:role|position|job|internship|work)\s+(?:can|will|may)\s+(?:be\s+)?(?:performed|done|"
        r"worked|completed|conducted|take\s+place)\s+(?:\w+\s+)?remotely\b",
        rf"\bremote\s+nature\s+of\s+(?:this|the)\s+{_ROLE}",
        r"\bwork(?:ing)?\s+(?:fully\s+)?remote(?:ly)?\s+(?:full[\s-]?time|100%)",
        r"\byou(?:'ll|’ll|\s+will|\s+can)\s+(?:be\s+able\s+to\s+)?work\s+(?:fully\s+|100%\s+)?remote",
        rf"{_THIS_ROLE_IS}(?:work[\s-]+from[\s-]+home|telecommut)|\bwork[\s-]+from[\s-]+home\s+{_ROLE}\b",
        r"\bremote\s+(?:work\s+)?(?:is\s+)?(?:available|possible|ok|okay|an\s+option)\b",
    ),
    "hybrid": (
        r"\bhybrid\s+(?:(?:work|working|remote|office)\s+)?(?:role|position|job|opportunity|"
        r"schedule|model|setup|arrangement|environment|basis|policy|workplace)\b",
        r"\bhybrid\s+(?:work|working|remote)\b",
        rf"{_THIS_ROLE_IS}(?:{_KIND}\s+)?hybrid\b",
        rf"{_THIS_IS_A}hybrid\b",
        rf"{_LABEL}hybrid",
        _CELL.format("hybrid") + r"|\(\s*hybrid\s*\)",
        r"#li-hybrid\b",
        r"\bpart(?:ial)?ly\s+remote\b",
        r"\bhybrid\s*:",
        rf"\b(?:{_DAYS})\s+days?\s+(?:(?:a|per)\s+week\s+)?hybrid\b",
    ),
    "onsite": (
        rf"{_THIS_ROLE_IS}(?:(?:100%|fully|entirely|completely)\s+)?(?:{_KIND}\s+)?(?:based\s+)?{_ONSITE}",
        rf"{_THIS_IS_A}{_ONSITE}",
        rf"\b(?:100%|fully|entirely|completely)\s+{_ONSITE}\b",
        rf"\b{_ONSITE}\s+{_ROLE}\b(?!\s+fairs?)",
        rf"{_LABEL}{_ONSITE}",
        r"#li-onsite\b",
        r"\b(?:not|isn't|isn’t)\s+(?:a\s+|an\s+)?(?:fully\s+|100%\s+)?remote\b|\bnon[\s-]?remote\b|"
        r"\bno\s+remote\s+(?:work|option|opportunit)",
        r"\bremote\s+(?:work(?:ing)?\s+)?(?:is\s+)?not\s+(?:available|offered|an\s+option|possible|"
        r"permitted|allowed|supported)|\bnot\s+(?:be\s+)?eligible\s+for\s+remote|"
        r"\bcannot\s+be\s+(?:performed|done|worked)\s+remotely|\bunable\s+to\s+work\s+remotely",
    ),
}
# statements about this role, in lower-cased text
STATEMENTS = tuple(w for mode, patterns in _STATE.items() for w in _wordings(mode, patterns))
# which statements can match in a window, every wording's alternatives in turn
STATEMENT_WORDS = Prefilter([pattern for w in STATEMENTS for pattern in w.alternatives])
# "3 days a week in the office", "in-office 2 days", "2 days a week from home": hybrid, unless
# all five days are in the office (every alternative starts a word or a figure)
OFFICE_DAYS = re.compile(
    _bounded(
        rf"(?P<days>{_DAYS})(?:\s*(?:-|–|to|or)\s*(?:{_DAYS}))?\s*\+?\s*days?\s+"
        r"(?:(?:a|per|each|every|/)\s*week\s+)?(?:in|at|on)[\s-]+(?:the\s+|our\s+|an?\s+)?"
        r"(?:office|site|campus|hq|headquarters)|"
        rf"{_ONSITE}\s+(?P<after>{_DAYS})(?:\s*(?:-|–|to|or)\s*(?:{_DAYS}))?\s+days?\b|"
        rf"(?P<home>{_FEW})(?:\s*(?:-|–|to|or)\s*(?:{_DAYS}))?\s+days?\s+"
        r"(?:(?:a|per|each)\s+week\s+)?(?:remote(?:ly)?|(?:work[\s-]+)?from[\s-]+home|wfh)\b"
    )
)
# what a company says of how it works: remote when the role's own words are silent ("a globally
# distributed team" is where colleagues are, not how they work)
COMPANY_REMOTE = re.compile(
    _bounded(
        r"remote[\s-]+(?:first|friendly)\b|full(?:y)?[\s-]+remote\b|"
        r"fully\s+distributed\b|distributed\s+company\b|"
        r"work(?:ing)?\s+from\s+anywhere\b"
    )
)
# home working mentioned without saying how much of it ("ability to work remotely", "work from
# home", "WFH"): remote when the posting names no city, else home and a named workplace: hybrid
HOME_WORKING = re.compile(
    _bounded(
        r"work(?:ing)?\s+(?:independently\s+and\s+)?remotely\b|remote(?:ly)?\s+work(?:ing)?\b|"
        r"remote\s+(?:employees?|environment|setting|arrangement|opportunit(?:y|ies)|"
        r"team\s+members?|workforce)\b|work(?:ing)?[\s-]+(?:from|at)[\s-]+home\b|wfh\b|"
        r"telecommut\w*|telework\w*|(?:tele|télé)travail\w*|teletrabajo\b|"
        r"virtual\s+(?:role|position|job|internship)\b"
    )
)
# a negation in the same clause right before a mention ("this is not a remote position")
NEGATION = re.compile(r"\b(?:not|no|non|never|isn't|isn’t|aren't|cannot|can't)\b[^.;:!?\n,|]*$")

# the title, location and flag fields
_NOT_A_MODE = (
    r"(?![\s-]+(?:sensing|pilot|monitoring|operat\w*|patient|access|sites?|support|control\w*|"
    r"diagnostic\w*|service))"
)
REMOTE_WORD = re.compile(
    r"\b(?:remote|anywhere|work\s+from\s+home|wfh|telecommut\w*|virtual|distributed)\b", re.I
)
# "ONSITE or partial REMOTE": remote part of the time is hybrid
HYBRID_WORD = re.compile(r"\bhybrid\b|\bpart(?:ial)?(?:ly)?\s+remote\b", re.I)
ONSITE_WORD = re.compile(rf"\b{_ONSITE}\b", re.I)
FIELD_NEGATED = re.compile(r"\b(?:not|non|no)[\s-]+remote\b", re.I)
TITLE_REMOTE = re.compile(
    rf"\bremote\b{_NOT_A_MODE}|\bwork\s+(?:from|at)\s+home\b|\bwfh\b|\btelecommut\w*", re.I
)
TITLE_HYBRID = re.compile(
    r"\bhybrid\b(?![\s-]+(?:cloud|vehicles?|cars?|apps?|mobile|electric|systems?|infrastructure|"
    r"integration|engineer|developer|technician|mechanic))",
    re.I,
)
