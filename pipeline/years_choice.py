"""The one years figure that decides, among a posting's requirements (rules in years_context)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from jobwatch.pipeline.years_context import HEADING, is_requirement, section_at

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
_DEGREE = re.compile(
    r"(?P<school>high[- ]school|\bGED\b|\bHSD\b|secondary school|\bdiploma\b)"
    r"|(?P<college>\bbachelor|\bmaster['’]?s\b|\bmaster(?=\s+(?:degree|of|in|en|\d)\b)|"
    r"\bph\.?\s?d\b|\bdoctorate|(?<![\d-])\bdegree\b(?!\s+of\b)|\bMBA\b|\bbac\s*\+\s*\d|"
    r"\bdiplôme|(?-i:\b(?:B\.S|B\.A|M\.S|M\.A)\b\.?|"
    r"\b(?:BS|BA|MS|MA|BSc|MSc)(?=\s+(?:in|degree)\b|/)))",
    re.IGNORECASE,
)
_PAIR_SPAN = 100
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


def pick(text: str, figures: list[Figure]) -> tuple[int, str] | None:
    """The deciding requirement and its phrase, or None; `figures` in text order."""
    if not figures:
        return None
    headings = list(HEADING.finditer(text))
    sections = {f: section_at(headings, f.start) for f in figures}
    found = [f for f in figures if is_requirement(text, f, sections[f])]
    degrees = list(_DEGREE.finditer(text)) if found else []
    routes = _routes(text, found, degrees)
    college = any(d.group("college") for d in degrees)
    found = [f for f in found if not _substitute(text, f, found, routes[f], college)]
    if not found:
        return None
    required = [f for f in found if not _preferred(text, f, sections[f])]
    chosen = max(_alternatives(text, required or found, routes), key=lambda f: f.years)
    return chosen.years, chosen.span


def _routes(
    text: str, found: list[Figure], degrees: list[re.Match[str]]
) -> dict[Figure, re.Match[str] | None]:
    routes: dict[Figure, re.Match[str] | None] = {}
    for before, figure in zip([None, *found], found, strict=False):
        routes[figure] = _route(text, figure, found, degrees)
        if routes[figure] is None and before is not None and _joined_by_or(text, before, figure):
            routes[figure] = routes[before]  # "a GED with 4 years ... or 10 years": one route
    return routes


def _route(
    text: str, figure: Figure, found: list[Figure], degrees: list[re.Match[str]]
) -> re.Match[str] | None:
    """The education named just before the figure in its sentence, no other figure between."""
    before = [d for d in degrees if d.end() <= figure.start]
    if not before:
        return None
    degree = before[-1]
    gap = text[degree.end() : figure.start]
    if len(gap) > _PAIR_SPAN or _SENTENCE_END.search(gap):
        return None
    if any(degree.end() <= other.start < figure.start for other in found):
        return None
    return degree


def _substitute(
    text: str, figure: Figure, found: list[Figure], route: re.Match[str] | None, college: bool
) -> bool:
    """Years offered instead of a degree: "<degree> or 1 year", "4 years in lieu of a degree",
    or a school-only route ("GED with 5 years") where a degree is also named."""
    if route is not None and _OR_DEGREE.search(text, route.end(), figure.start):
        return True
    stop = min((f.start for f in found if f.start > figure.start), default=len(text))
    after = _ITEM_END.split(text[figure.end : min(stop, figure.end + 120)])[0]
    if _SUBSTITUTE.search(after):
        return True
    return route is not None and bool(route.group("school")) and college


def _preferred(text: str, figure: Figure, section: str | None) -> bool:
    after = _SENTENCE_END.split(text[figure.end : figure.end + 60])[0]
    before = _SENTENCE_END.split(text[max(0, figure.start - 40) : figure.start])[-1]
    if _PREFERRED_NEAR.search(after) or _PREFERRED_NEAR.search(before):
        return True
    return section == "preferred"


def _alternatives(
    text: str, figures: list[Figure], routes: dict[Figure, re.Match[str] | None]
) -> list[Figure]:
    """One figure per set of alternatives (its smallest): runs joined by an "or" that opens
    another route, and a ladder of figures each paired with a degree of its own."""
    paired = {f: route for f in figures if (route := routes[f]) and route.group("college")}
    ladder = list(paired) if len({r.start() for r in paired.values()}) > 1 else []
    groups: list[list[Figure]] = [ladder] if ladder else []
    run: list[Figure] = []
    for figure in (f for f in figures if f not in ladder):
        if run and not _joined_by_or(text, run[-1], figure):
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
