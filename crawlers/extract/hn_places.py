"""A role's place or mode written on its title ("Senior Engineer, Search - (Chicago or remote)",
"Site Reliability Engineer (NYC)"), moved from the title to the role's own fields."""

from __future__ import annotations

import re

from jobwatch.crawlers.extract.hn_body import Role
from jobwatch.crawlers.extract.hn_header import Header

_CLOSING_NOTE = re.compile(r"\s*\((?P<note>[^()]{2,40})\)$")
# A closing note after a dash or in parentheses: "- Seattle, WA", "(Bay Area Only)".
_TRAILING_NOTE = re.compile(
    r"(?:\s+[-–—]+\s+\(?|\s*\()(?P<note>(?:(?!\s[-–—]+\s)[^()]){2,50}?)\)?$"
)
# What says a note is a place or a mode, not a team or a stack ("- Payments", "(PHP)"): a mode
# word, "only" or relocation, or a city with its two-letter state ("Seattle, WA").
_MODE_NOTE = re.compile(r"\b(?:remote|on-?site|hybrid|anywhere|worldwide|wfh)\b", re.I)
_WHERE_NOTE = re.compile(r"\b(?:relocation|only)\b", re.I)
_CITY_STATE = re.compile(r"^[A-Z][a-z]+(?:\s[A-Z][a-z]+)*,\s?[A-Z]{2}$")


def placed(role: Role) -> Role:
    """A prose comment has no place slot: a role line's closing parenthetical is the role's
    place ("Site Reliability Engineer (NYC)"), read by the normalizer as any place slot is."""
    note = _CLOSING_NOTE.search(role.title)
    if note is None or role.fields is not None:
        return role
    place = note["note"].strip()
    return Role(role.title[: note.start()], Header(location=place, fields=[place]))


def noted(role: Role) -> Role:
    """The title without its closing place and mode notes, which become the role's place
    ("Software Engineer - Seattle, WA - Relocation Available" -> "Software Engineer" at
    "Seattle, WA | Relocation Available"); a team or a stack note stays ("Software Engineer -
    Payments", "Software Engineer (PHP)")."""
    if role.fields is not None:
        return role
    title, notes = role.title, list[str]()
    while (note := _TRAILING_NOTE.search(title)) and _is_place(note["note"].strip()):
        notes.insert(0, note["note"].strip())
        title = title[: note.start()].rstrip(" ,")
    if not notes or not title:
        return role
    place = " | ".join(notes)
    remote = " | ".join(n for n in notes if _MODE_NOTE.search(n)) or None
    return Role(title, Header(location=place, remote=remote, fields=notes))


def _is_place(note: str) -> bool:
    return bool(_MODE_NOTE.search(note) or _WHERE_NOTE.search(note) or _CITY_STATE.match(note))


def merged(roles: list[Role]) -> list[Role]:
    """One posting per title: the same role listed at several places is one role at each of
    them ("Security Engineer (LA)", "Security Engineer (NYC)" -> places "LA | NYC")."""
    merged: dict[str, Role] = {}
    for role in roles:
        key = role.title.lower()
        first = merged.setdefault(key, role)
        if first is not role and first.fields and role.fields:
            places = f"{first.fields.location} | {role.fields.location}"
            merged[key] = Role(first.title, Header(location=places, fields=[places]))
    return list(merged.values())
