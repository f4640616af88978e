"""A named technology written solid ("SearchAds360", "SEranking") or spaced ("Buzz Sumo", "DV 360").

Postings write a product's name the way their author types it: the words of "Search Ads 360" run
together, the parts of "BuzzSumo" apart. Each named skill's spellings get these forms too
(README.md, "Derived technologies"), so the long list needs no typed-in variant per product.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from jobwatch.pipeline.taxonomy import read_csv
from jobwatch.pipeline.textmatch import phrase_key

Row = dict[str, str]
IsWord = Callable[[str], bool]
# Inside one word: a lower-case letter then a capital (BuzzSumo), or letters beside digits (DV360)
_PARTS = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])")
_SEPARATOR = re.compile(r"[\s\-]+")


def solid_or_spaced(spelling: str) -> str | None:
    """'Search Ads 360' -> 'SearchAds360'; 'BuzzSumo' -> 'Buzz Sumo'; None when the spelling has
    no such other form ('Python'; 'iOS' and 'EC2', whose one-character parts are no words)."""
    words = _SEPARATOR.split(spelling.strip())
    if len(words) > 1:
        return "".join(words) if all(w.isalnum() for w in words) else None
    parts = _PARTS.split(spelling)
    if len(parts) > 1 and spelling.isalnum() and all(len(p) > 1 for p in parts):
        return " ".join(parts)
    return None


def add_other_forms(derived: list[Row], dictionary: IsWord, ordinary: IsWord) -> list[Row]:
    """tech_skills.csv's rows with the other forms of every named skill's spellings: on the
    derived row of that id, or on a new row repeating a skills.csv skill's columns."""
    rows = {row["id"]: row for row in derived}
    curated = {row["id"]: row for row in read_csv("skills.csv")}
    for skill, forms in _other_forms([*curated.values(), *derived], dictionary, ordinary).items():
        row = rows.setdefault(skill, {**curated.get(skill, {}), "aliases": ""})
        row["aliases"] = "|".join(filter(None, [row["aliases"], *forms]))
    return sorted(rows.values(), key=lambda r: r["id"])


def _other_forms(rows: list[Row], dictionary: IsWord, ordinary: IsWord) -> dict[str, list[str]]:
    """Skill id -> the solid or spaced forms its spellings lack. Left out: a form that is already
    a spelling or that two skills would share, a solid form that is a dictionary word
    ("teamwork"), and a spaced form of ordinary words with another skill's name in it ("My SQL":
    refused as a word, it would hide SQL in "my SQL queries"). Other spaced forms with an
    ordinary word ("Big Commerce") are written ~ and need context, as an ordinary name does."""
    taken = {phrase_key(s.removeprefix("~")) for row in rows for s in _spellings(row)}
    forms: dict[str, list[str]] = {}
    for row in rows:
        if row["named"] == "1":
            spelled = (solid_or_spaced(s.removeprefix("~")) for s in _spellings(row))
            forms.setdefault(row["id"], []).extend(f for f in spelled if f)
    owners = Counter(k for found in forms.values() for k in {phrase_key(f) for f in found})
    added = {}
    for skill, found in forms.items():
        keep = {phrase_key(f): f for f in found if owners[phrase_key(f)] == 1}
        written = [
            _written(f, taken, dictionary, ordinary) for k, f in keep.items() if k not in taken
        ]
        if any(written):
            added[skill] = [w for w in written if w]
    return added


def _written(form: str, taken: set[str], dictionary: IsWord, ordinary: IsWord) -> str | None:
    """The form as an alias: as is, ~form when it reads as ordinary words, None when left out."""
    if " " not in form:
        return None if dictionary(form) else form
    parts = form.split()
    if not (ordinary(form) or any(dictionary(p) for p in parts)):
        return form
    return None if any(phrase_key(p) in taken for p in parts) else f"~{form}"


def _spellings(row: Row) -> list[str]:
    return [row["name"], *filter(None, row["aliases"].split("|"))]
