"""An HN header whose slots are separated by spaced dashes ("Nulab - Amsterdam, NL - Java
Developer - Onsite"), read as the pipe header is; a dash inside a range separates nothing."""

from __future__ import annotations

import re

from jobwatch.crawlers.extract.hn_body import PROSE
from jobwatch.crawlers.extract.hn_header import Header, parse_header
from jobwatch.crawlers.extract.hn_roles import LEVEL_WORDS

# A dash with a space on each side: "Coca-Cola" and "Winston-Salem" have none.
_DASH = re.compile(r"\s+[-–—]{1,2}\s+")
# A dash between two figures is a range ("2018 - 2019", "$90k - $120k"), between two level
# words a range of levels ("Sr. - Staff Engineer", "Mid - Senior").
_FIGURE_END = re.compile(r"[\d][kK]?\+?$")
_FIGURE_START = re.compile(r"^[$€£]?\d")
_LEVEL_END = re.compile(rf"\b(?:{LEVEL_WORDS})$", re.I)
_LEVEL_START = re.compile(rf"^(?:{LEVEL_WORDS})(?:\b|(?<=\.))", re.I)
# "Company - Role - Place" at least: with two slots a dash is as likely a sentence's.
MIN_SLOTS = 3
# A slot is a name, a title, a place or a mode; a longer run of words is prose with a dash in it.
MAX_SLOT_WORDS = 8


def dash_header(line: str) -> Header | None:
    """The header's fields when the line is three or more short slots between spaced dashes,
    none of them a sentence ("We are a small team - based in Berlin - ..."); else None."""
    if "|" in line:
        return None
    slots = _slots(line)
    if len(slots) < MIN_SLOTS:
        return None
    header = parse_header(" | ".join(slots))
    if header is None or len(header.fields) < MIN_SLOTS:
        return None
    if any(len(f.split()) > MAX_SLOT_WORDS or PROSE.search(f) for f in header.fields):
        return None
    return header


def _slots(line: str) -> list[str]:
    slots, start = [], 0
    for dash in _DASH.finditer(line):
        left, right = line[: dash.start()], line[dash.end() :]
        if _is_range(left, right):
            continue
        slots.append(line[start : dash.start()])
        start = dash.end()
    return [*slots, line[start:]]


def _is_range(left: str, right: str) -> bool:
    figures = _FIGURE_END.search(left) and _FIGURE_START.match(right)
    levels = _LEVEL_END.search(left) and _LEVEL_START.match(right)
    return bool(figures or levels)
