"""The one years figure that decides, among a posting's requirements (rules in years_context)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from jobwatch.pipeline.years_context import Sections, is_requirement

if TYPE_CHECKING:
    from jobwatch.pipeline.years_context import Figure

_SENTENCE_END = re.compile(r"[.;!?\n•·▪]")
# The end of a list item: a sentence end, or flattened text's glue ("experienceAdditional").
_ITEM_END = re.compile(r"[.;!?\n•·▪]|(?<=[a-z])(?=[A-Z])")
_PREFERRED_NEAR = re.compile(
    r"\b(?:preferred|preferably|a plus|an asset|nice to have|desir(?:ed|able)|ideally|bonus|"
    r"advantageous|souhaitée?s?|idéalement|un plus|apprécié)\b",
    re.IGNORECASE,
)
# Education named just before a figure pairs it with that route ("Bachelor's degree and 4+ years").
# Words are matched in the lower-cased text, abbreviations in the text as written ("BS in", "M.S.",
# "MBA"; "MS Office" is none). No groups, and each alternative opens with a letter, checking the
# word's start after it ("g(?<![a-z]g)ed": not "managed"): top-level groups, \b or a lookbehind
# in front make Python's scan of a whole posting 4-15x slower.
_DEGREE_WORDS = re.compile(
    r"high[- ]school|g(?<![a-z]g)ed\b|h(?<![a-z]h)sd\b|secondary school|d(?<![a-z]d)iploma\b|"
    r"b(?<![a-z]b)achelor|m(?<![a-z]m)aster['’]?s\b|m(?<![a-z]m)aster(?=\s+(?:degree|of|in|en|\d)\b)|"
    r"p(?<![a-z]p)h\.?\s?d\b|d(?<![a-z]d)octorate|d(?<![\w-]d)egree\b(?!\s+of\b)|"
    r"b(?<![a-z]b)ac\s*\+\s*\d|d(?<![a-z]d)iplôme"
)
_DEGREE_ABBR = re.compile(
    r"G(?<![A-Za-z]G)ED\b|H(?<![A-Za-z]H)SD\b|M(?<![A-Za-z]M)BA\b|[BM](?<![A-Za-z][BM])\.[AS]\b\.?|"
    r"[BM](?<![A-Za-z][BM])(?:S|A|Sc)(?=\s+(?:in|degree)\b|/)"
)
_SCHOOL = ("high", "ged", "hsd", "secondary", "diploma")  # the routes without a degree


def _is_school(degree: re.Match[str]) -> bool:
    return degree.group(0).lower().startswith(_SCHOOL)


_PAIR_SPAN = 100
_LONGEST_DEGREE = 20  # "secondary school": a degree's words read before the pairing span
# "4 years in lieu of a degree", "2 years ... can substitute"; "or in lieu of a degree, <other
# route>" introduces the next route instead.
_SUBSTITUTE = re.compile(
    r"(?<!\bor )(?<!\bOR )(?:in lieu|substitut|instead of|in place of|en lieu|à défaut)",
    re.IGNORECASE,
)
_OR_DEGREE = re.compile(r"\b(?:or|ou)\s*$", re.IGNORECASE)  # "Associate's degree or 1 year"
# "or" that opens another route: a degree, "equivalent", or a figure right after it.
_OR_ROUTE = re.compile(
    r"\b(?:or|ou)\s+(?:an?\s+|une?\s+)?(?:bachelor|master|associate|ph\.?\s?d|doctorate|degree|"
    r"high school|ged|diploma|equivalent|bac\b|dipl[oô]me|(?:at least|a minimum of|minimum|"
    r"au moins)\s+\w|\d|\w+\s*\(\d)",
    re.IGNORECASE,
)
_OR_SPAN = 250
_ONLY_AND = re.compile(r"\s*(?:,|and|or|et|ou|&|/)?\s*(?:de|of|from)?\s*", re.IGNORECASE)


def pick(text: str, folded: str, figures: list[Figure]) -> tuple[int, str] | None:
    """The deciding requirement and its phrase, or None; `figures` in text order, `folded` the
    text in lower case (same length)."""
    sections = Sections(folded)
    found = [f for f in figures if is_requirement(text, f, sections)]
    if not found:
        return None
    routes = _routes(text, folded, found)
    found = [f for f in found if not _substitute(text, folded, f, found, routes[f])]
    if len(found) < 2:  # one figure: nothing to weigh it against
        return (found[0].years, found[0].span) if found else None
    required = [f for f in found if not _preferred(text, f, sections)]
    chosen = max(_alternatives(text, required or found, routes), key=lambda f: f.years)
    return chosen.years, chosen.span


def _degrees(text: str, folded: str, start: int, end: int) -> list[re.Match[str]]:
    """The education named between start and end, in text order."""
    found = [*_DEGREE_WORDS.finditer(folded, start, end), *_DEGREE_ABBR.finditer(text, start, end)]
    return sorted(found, key=lambda m: m.start())


def _routes(text: str, folded: str, found: list[Figure]) -> dict[Figure, re.Match[str] | None]:
    routes: dict[Figure, re.Match[str] | None] = {}
    for before, figure in zip([None, *found], found, strict=False):
        routes[figure] = _route(text, folded, figure, before)
        if routes[figure] is None and before is not None and _joined_by_or(text, before, figure):
            routes[figure] = routes[before]  # "a GED with 4 years ... or 10 years": one route
    return routes


def _route(text: str, folded: str, figure: Figure, before: Figure | None) -> re.Match[str] | None:
    """The education named just before the figure in its sentence, no other figure between."""
    start = max(0, figure.start - _PAIR_SPAN - _LONGEST_DEGREE, before.end if before else 0)
    named = _degrees(text, folded, start, figure.start)
    if not named:
        return None
    degree = named[-1]
    gap = text[degree.end() : figure.start]
    if len(gap) > _PAIR_SPAN or _SENTENCE_END.search(gap):
        return None
    return degree


def _college_named(text: str, folded: str) -> bool:
    """A degree (not only a school diploma) is named somewhere in the posting."""
    return any(not _is_school(d) for d in _degrees(text, folded, 0, len(text)))


def _substitute(
    text: str, folded: str, figure: Figure, found: list[Figure], route: re.Match[str] | None
) -> bool:
    """Years offered instead of a degree: "<degree> or 1 year", "4 years in lieu of a degree",
    or a school-only route ("GED with 5 years") where a degree is also named."""
    if route is not None and _OR_DEGREE.search(text, route.end(), figure.start):
        return True
    stop = min((f.start for f in found if f.start > figure.start), default=len(text))
    after = _ITEM_END.split(text[figure.end : min(stop, figure.end + 120)])[0]
    if _SUBSTITUTE.search(after):
        return True
    return route is not None and _is_school(route) and _college_named(text, folded)


# A bracket that names its own subject is about that subject: "BS in Engineering 6-8 years of
# experience, (MS preferred) and 5+ years" prefers the MS, not the years; a bare "(preferred)"
# after a figure is about the figure.
_ASIDE = re.compile(r"\([^()]*\)")
_SUBJECT = re.compile(r"[^\W\d_]{2,}")


def _own_subject(aside: re.Match[str]) -> bool:
    return bool(_SUBJECT.search(_PREFERRED_NEAR.sub(" ", aside.group(0))))


def _without_asides(window: str) -> str:
    return _ASIDE.sub(lambda m: " " if _own_subject(m) else m.group(0), window)


def _preferred(text: str, figure: Figure, sections: Sections) -> bool:
    after = _SENTENCE_END.split(text[figure.end : figure.end + 60])[0]
    before = _SENTENCE_END.split(text[max(0, figure.start - 40) : figure.start])[-1]
    after, before = _without_asides(after), _without_asides(before)
    if _PREFERRED_NEAR.search(after) or _PREFERRED_NEAR.search(before):
        return True
    return sections.at(figure.start) == "preferred"


def _alternatives(
    text: str, figures: list[Figure], routes: dict[Figure, re.Match[str] | None]
) -> list[Figure]:
    """One figure per set of alternatives (its smallest): runs joined by an "or" that opens
    another route or by a range the next figure continues, and a ladder of figures each paired
    with a degree of its own."""
    paired = {f: route for f in figures if (route := routes[f]) and not _is_school(route)}
    ladder = list(paired) if len({r.start() for r in paired.values()}) > 1 else []
    groups: list[list[Figure]] = [ladder] if ladder else []
    run: list[Figure] = []
    for figure in (f for f in figures if f not in ladder):
        if run and not (_joined_by_or(text, run[-1], figure) or _continues(text, run[-1], figure)):
            groups.append(run)
            run = []
        run.append(figure)
    groups.append(run)
    return [min(group, key=lambda f: f.years) for group in groups if group]


def _joined_by_or(text: str, first: Figure, second: Figure) -> bool:
    gap = text[first.end : second.start]
    if len(gap) > _OR_SPAN or _SENTENCE_END.search(gap):
        return False
    return bool(_OR_ROUTE.search(text, first.end, second.end))  # "... or 10 years"


def _continues(text: str, first: Figure, second: Figure) -> bool:
    """A range the next figure starts where it ends, only a conjunction between them ("4-7 ans
    et de 7 ans et plus", "1-3 years and 3+ years"): levels hired side by side, not two
    requirements ("2-4 years in sales and 5+ years in marketing" are two)."""
    if first.upper is None or not _ONLY_AND.fullmatch(text, first.end, second.start):
        return False
    return second.years in (first.upper, first.upper + 1)
