"""Which years figures are the role's requirement, and which one decides.

A figure ("5+ years", "3 ans") is a requirement when the words around it make it experience asked
of the candidate: a "+"/"at least"/"minimum", or "experience" in its clause. It is not one when it
is an age ("18 years of age"), a span of the company's life ("an established firm with over 60
years of experience", "depuis 25 ans"), the length of something else ("1 year contract", "2-year
degree", "seven (7) year work history", "alternance de 2 ans"), a time window ("within 5 years",
"in the last 3 years") or the years a licence has been held.

Of the requirements, the one that decides:
1. a figure offered instead of a degree ("high school diploma with 5 years" where a degree is also
   named, "4 years in lieu of a degree") is a substitute, not the role's requirement;
2. figures marked preferred ("5+ years preferred", under "Preferred qualifications") count only
   when no other figure is given;
3. alternatives count by their smallest: figures joined by "or", a degree ladder ("Bachelor's
   and 4+ years or Master's and 3+ years"), since either route is enough, and a range the next
   figure continues with only a conjunction between ("4-7 ans et de 7 ans et plus": levels hired
   side by side);
4. of what remains, the largest: every requirement must be met.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobwatch.pipeline.windows import finditer_near


@dataclass(frozen=True, eq=False)  # compared by identity: two "3 years" are two figures
class Figure:
    years: int  # the lower bound
    match: re.Match[str]  # in the text or in its lower case (French figures)
    span: str  # the phrase as the text writes it
    upper: int | None = None  # a range's upper bound ("4-7 years": 7)

    @property
    def start(self) -> int:
        return self.match.start()

    @property
    def end(self) -> int:
        return self.match.end()


_CLAUSE_END = re.compile(r"[.;!?\n•·▪]")
_EXPERIENCE = re.compile(r"exp[ée]rience|\bexp\b|\bexpérimenté", re.IGNORECASE)
_REQUIRED_AFTER = re.compile(r"\s*(?:minimum|min\b|requis|exigée?s?|required)", re.IGNORECASE)
# Right after the unit: the figure is an age or the length of something that is not experience.
_LENGTH_OF = re.compile(
    r"[\s-]*(?:of age(?:\b|(?-i:(?=[A-Z])))|or older|and (?:older|over|above)|d['’]âge|"
    r"(?:contracts?|terms?|assignments?|engagements?|program(?:me)?s?(?!\s+manag)|degrees?|"
    r"colleges?|university|courses?|warrant(?:y|ies)|apprenticeships?|fixed[- ]term|"
    r"commitments?|appointments?|placements?|residenc(?:y|ies)|fellowships?|leases?|guarantee|"
    r"(?:work |employment |address |residential |driving )?histor(?:y|ies)|de contrat|"
    r"d['’](?:existence|histoire|alternance|apprentissage|études))\b|"
    r"of (?:college|university|study|studies|school(?:ing)?|coursework|education|history|"
    r"existence)\b)",
    re.IGNORECASE,
)
# Just before the figure: a time window or a span of time, not an amount of experience.
_WINDOW_BEFORE = re.compile(
    r"\b(?:within|after|every|each|(?:(?:in|over|during|for) )?(?:the )?(?:last|past|next|first)|"
    r"dans les|d['’]ici|tous les|depuis(?: plus de)?|pendant|durée\s*:?|(?:âgée?s?|age[d]?) de|"
    r"moyenne d['’]âge|d['’]âge)\s*(?:de\s+|d['’]\s*)?$",
    re.IGNORECASE,
)
# The company as the subject: "an established firm with over 60 years", "We have 20 years".
_COMPANY = re.compile(
    r"\b(?:we|we['’]ve|our|company|firm|agency|organi[sz]ation|institution|inc|llc|ltd|"
    r"founded|established|co-?founders?|founders?|fort|nous|notre|société|groupe|entreprise)\b",
    re.IGNORECASE,
)
_CANDIDATE = re.compile(
    r"\b(?:you|your|candidates?|applicants?|someone|individuals?|persons?|professionals?|"
    r"profile|profil|vous|tu|ideal|looking for|seeking|require[sd]?|must|should)\b",
    re.IGNORECASE,
)
_COMPANY_INTRO = re.compile(
    r"(?:\b(?:with|has|have|boasts?|brings?|offers?|of|fort de)\s+(?:over|more than|nearly|"
    r"almost|about|some|plus de|près de)?\s*|\bfor (?:over|more than|nearly|almost)\s+)$",
    re.IGNORECASE,
)
_COMPANY_AFTER = re.compile(r"[^.;,]{0,60},\s*(?:our|we|nous|notre)\b", re.IGNORECASE)
_LICENCE = re.compile(r"licen[cs]|licensure|permis\b", re.IGNORECASE)
_STATISTIC = re.compile(r"\b(?:tenure|average|avg|moyenne)\b", re.IGNORECASE)
# A tier of a benefit earned by length of service: "PTO – 0-5 years 80 hours, 6-10 years 120
# hours", "Vacation: 1-3 years of service: 10 days". The years are service, not experience.
_TIME_OFF_AFTER = re.compile(
    r"\s*(?:of service\b)?\s*[:=–—-]?\s*\d+(?:\.\d+)?\s*(?:hours|hrs|days|weeks|jours|semaines)\b",
    re.IGNORECASE,
)
# ... or the benefit's label right before the tiers ("PTO –", "Vacation accrual:"), not the
# word in a requirement ("3 years in vacation rentals").
_TIME_OFF_BEFORE = re.compile(
    r"\b(?:pto|paid time off|vacation|paid leave|annual leave|congés(?: payés)?)"
    r"(?:\s+(?:accrual|schedule|policy))?\s*(?:\([^)]*\)\s*)?[:–—-][^:–—-]*$",
    re.IGNORECASE,
)
# Section headings: the last one before a figure says whether it lists requirements or
# preferences; a bare figure in a list item under either ("Requirements: • SQL – 10 years") is a
# requirement.
# Matched in the lower-cased text, case-sensitive, without groups, each alternative opening with
# a letter (IGNORECASE, groups or a leading \b make the scan 4-15x slower).
HEADING = re.compile(
    r"(?:preferred|desired|bonus|nice[- ]to[- ]have|additional)\s+"
    r"(?:qualifications|skills|experience|requirements)\b|nice[- ]to[- ]haves?\b|"
    r"bonus points\b|pluses\b|how to stand out\b|profil souhaité\b|"
    r"(?:basic|minimum|required|must[- ]have|key)\s+(?:qualifications|skills|"
    r"requirements|experience)\b|(?:skills|experience) required\b|requirements\b|"
    r"must[- ]haves?\b|qualifications\b|\n\s*exp[ée]rience\s*:|e(?<!.e)xp[ée]rience\s*:|"
    r"what you(?:['’]ll)? (?:need|bring)\b|profil recherché\b|pré-?requis\b"
)
_PREFERRED_HEADINGS = (
    *("preferred", "desired", "bonus", "nice", "additional", "pluses", "how to"),
    "profil souhaité",
)
_SECTION_SPAN = 1500  # a heading further back than this heads another part of the posting
# A figure that opens a list item or follows its dash or colon ("Customer service: 1 year").
_LIST_ITEM = re.compile(r"(?:^|[-–—:(])\s*$")


class Sections:
    """The headings of a posting's lower-cased text, found once, when first asked about. Only
    around their key words (str.find runs at C speed; HEADING over a whole posting costs ~0.1 ms
    a kilobyte)."""

    def __init__(self, folded: str) -> None:
        self._folded = folded
        self._headings: list[re.Match[str]] | None = None

    def at(self, pos: int) -> str | None:
        """'required' or 'preferred': the kind of the last heading in the 1,500 characters
        before `pos`, if any."""
        if self._headings is None:
            self._headings = _headings(self._folded)
        last = next((h for h in reversed(self._headings) if h.end() <= pos), None)
        if last is None or pos - last.end() > _SECTION_SPAN:
            return None
        return "preferred" if last.group(0).startswith(_PREFERRED_HEADINGS) else "required"


# Every HEADING match holds one of these; it starts at most 25 characters before it ("minimum
# qualifications") and ends at most 45 after.
_HEADING_KEYS = (
    *("qualification", "requirement", "required", "preferred", "desired", "bonus", "nice"),
    *("additional", "pluses", "stand out", "must", "what you", "profil", "requis", "rience:"),
    "rience :",
)
_KEY_BEFORE, _KEY_AFTER = 25, 45


def _headings(folded: str) -> list[re.Match[str]]:
    return list(finditer_near(HEADING, folded, _HEADING_KEYS, _KEY_BEFORE, _KEY_AFTER))


# Flattened text glues the next sentence on ("experience or equivalentIdeally, we are ..."):
# whose "we" that is must not be read from it.
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def _clause_before(text: str, start: int, width: int) -> str:
    return _CLAUSE_END.split(text[max(0, start - width) : start])[-1]


def _clause_after(text: str, end: int, width: int) -> str:
    return _CLAUSE_END.split(text[end : end + width])[0]


def is_requirement(text: str, figure: Figure, sections: Sections) -> bool:
    """Experience asked of the candidate, not an age, a company's age or another length."""
    match = figure.match
    if match.group("post"):
        return False
    before = _clause_before(text, figure.start, 80)
    after = _clause_after(text, figure.end, 60)
    if _LENGTH_OF.match(after) or _WINDOW_BEFORE.search(before[-40:]):
        return False
    if _company_span(before, _GLUED.split(after, maxsplit=1)[0]):
        return False
    if _LICENCE.search(before[-40:]) and not _EXPERIENCE.search(after):
        return False
    if _STATISTIC.search(before[-40:]):  # "average employee tenure: 8+ years"
        return False
    if _TIME_OFF_AFTER.match(after) or _TIME_OFF_BEFORE.search(before[-40:]):
        return False
    if match.group("plus") or match.group("pre") or _REQUIRED_AFTER.match(after):
        return True
    if _LIST_ITEM.search(before) and sections.at(figure.start):  # "Requirements: • SQL – 10 yrs"
        return True
    return bool(_EXPERIENCE.search(after) or _EXPERIENCE.search(before[-40:]))


def _company_span(before: str, after: str) -> bool:
    if _COMPANY_AFTER.match(after) and not _CANDIDATE.search(before):
        return True
    return bool(
        _COMPANY_INTRO.search(before) and _COMPANY.search(before) and not _CANDIDATE.search(before)
    )
