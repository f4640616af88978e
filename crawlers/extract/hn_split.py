"""A role list of an HN comment cut on its role boundaries: "iOS Engineer, QA Lead, and Product
Manager" is three roles, "QA & Automation Engineer" one (functions such as "Sales" count as roles
inside a list)."""

from __future__ import annotations

import re

from jobwatch.crawlers.extract.hn_roles import (
    ABBREVIATIONS,
    FILLER,
    HEAD_NOUNS,
    LEVEL_ONLY,
    LEVEL_WORDS,
    SPECIALITY,
    is_function,
    is_role,
    title_core,
)

_PLURAL_HEAD = re.compile(rf"(?:\b(?:{HEAD_NOUNS})|{ABBREVIATIONS})$", re.I)
_LEVEL = re.compile(rf"^(?:{LEVEL_WORDS})(?:\b|(?<=\.))", re.I)  # "Sr." with its period
_ITEM_SPLIT = re.compile(r"\s*(?:,|;|\s&\s|\band\b|\s\+\s|\bor\b)\s*", re.I)
# Names that contain a conjunction but are one thing ("Research and Development Engineers").
_COMPOUND = re.compile(
    r"\b(?:research (?:and|&) development|trust (?:and|&) safety|health (?:and|&) safety"
    r"|mergers (?:and|&) acquisitions)\b",
    re.I,
)
# Functions that are a role on their own after a complete role (not "DevOps Scientists").
_STANDALONE = re.compile(r"^(?:devops|dev ops|qa)$", re.I)
# "Front and Backend": the first word shares the second's "end" ("Frontend and Backend").
_SHARED_END = re.compile(
    r"\b(?P<first>front|back)(?P<joint>\s*(?:and|&|or|/)\s*)"
    r"(?P<second>back|front)(?P<end>[- ]?end)\b",
    re.I,
)
_SPACED_SLASH = re.compile(r"\s+/\s+")
_ENUMERATOR = re.compile(r"^\(?\d+[.)]\s*")  # "(1) Developer, (2) Growth Hacker"
_GLUE = "\u01c2"  # a letter, so glued words stay one word to \\b


def split_roles(field: str) -> list[str]:
    """ "iOS Engineer, QA Lead, and Product Manager" -> three roles. A list is cut only between
    whole roles: an item without a head noun takes the next item's head when that head is plural
    ("Senior Python and Angular Engineers" -> "Senior Python Engineers", "Senior Angular
    Engineers"), and stays inside the role when it is singular ("QA & Automation Engineer" is
    one role). A field with any other item ("Full Stack Developer - Python, React") is one title.
    """
    field = _SHARED_END.sub(r"\g<first>\g<end>\g<joint>\g<second>\g<end>", field)
    joined = _COMPOUND.sub(lambda m: m.group(0).replace(" ", _GLUE), field)
    items = [_ENUMERATOR.sub("", p.strip(" &+")).rstrip(".!") for p in _ITEM_SPLIT.split(joined)]
    items = [p.replace(_GLUE, " ") for p in items]
    items = [p for p in items if p and not FILLER.match(p)]
    for reading in (_distributed, _with_functions):
        roles = reading(items)
        if roles and len(roles) > 1:
            return roles
    return _slashed(field) or [field.strip()]


def _with_functions(items: list[str]) -> list[str] | None:
    """Three or more items, each a role or a function, a role among them, are a list of roles
    ("PM, Eng, Sales, Marketing"); among two roles or more a builder's speciality is one too
    ("Backend Developer, Frontend Dev, Full Stack"); a stack, a place or a mode in it makes it no
    list, and one item after a title is its qualifier ("Product Manager, Growth"; "Software
    Engineer, Full Stack, Front End" is one title and its specialities)."""
    roles = sum(map(is_role, items))
    if len(items) < 3 or not roles:
        return None
    named = [
        is_role(i) or is_function(i) or (roles > 1 and bool(SPECIALITY.match(i))) for i in items
    ]
    return items if all(named) else None


def _slashed(field: str) -> list[str] | None:
    """Three whole titles or more between spaced slashes are several roles ("Front-End Engineer
    / Back-End Engineer / Senior Data Engineer"); two are one role that holds both ("Back-end
    Developer / DevOps Engineer"), and so is a title whose other half is a head alone ("Web
    Designer / Developer")."""
    items = [i.strip() for i in _SPACED_SLASH.split(field)]
    whole = all(is_role(i) and len(title_core(i).split()) > 1 for i in items)
    return items if len(items) > 2 and whole else None


def _distributed(items: list[str]) -> list[str] | None:
    """The items as whole roles, or None when the list does not cut into roles."""
    roles: list[str] = []
    pending: list[str] = []  # items waiting for the next head ("Python" in "Python and Angular")
    for item in items:
        if _STANDALONE.match(item) and roles:
            roles.append(item)  # "Full-stack Engineers, DevOps, Data Scientists"
            continue
        if not is_role(item):
            if not re.search(r"[^\W\d_]{2}", item):
                return None  # "frontend and/or backend / DevOps": a slash is no item
            pending.append(item)
            continue
        head = _PLURAL_HEAD.search(item)
        if pending and not (head and head.group(0).lower().endswith("s")):
            return None  # "QA & Automation Engineer": one role, not a list
        roles += _completed(pending, item, head.group(0) if head else "")
        pending = []
    return None if pending or not roles else roles


def _completed(pending: list[str], item: str, head: str) -> list[str]:
    """The items of one run completed with its head; a level word alone takes the whole title
    ("Jr. and Sr. Haskell engineers"); a level word the run starts with applies to every item
    of it ("Senior [Python and Angular] Engineers")."""
    bare = _LEVEL.sub("", item).strip()
    run = [f"{p} {bare if LEVEL_ONLY.match(p) else head}" for p in pending] + [item]
    level = _LEVEL.match(run[0]) if pending else None
    if level is None:
        return run
    return run[:1] + [r if _LEVEL.match(r) else f"{level.group(0)} {r}" for r in run[1:]]
