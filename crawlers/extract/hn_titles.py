"""A title as job boards write it: abbreviations in full, a parenthetical list dropped, and the
kind of job its head names (to tell a role said again from another one)."""

from __future__ import annotations

import re

from jobwatch.crawlers.extract.hn_roles import (
    ENGINEERING_FIELD,
    LEADING_HEAD,
    ROLE_HEAD,
    is_role,
    spell_out,
    title_core,
)

# Builders of software are one kind of job whatever their head ("developer", "engineer").
_BUILDERS = {"engineer", "developer", "dev", "programmer", "hacker", "swe", "sde", "eng"}
# Heads written short; after a leading head ("VP Eng") the short word is the function.
_SHORT_HEADS = {"eng": "Engineer", "dev": "Developer"}
_SHORT_FUNCTIONS = {"eng": "Engineering", "dev": "Development"}
_SHORT_HEAD = re.compile(r"\b(?P<word>eng|dev)(?P<plural>s?)\.?$", re.I)
# Abbreviations that are a title's head ("SRE", "Sr. SWE", "frontend SWE"), upper case only as
# in hn_roles.ABBREVIATIONS;
# a PM in a hiring post is a product manager (a project manager is written out).
_IN_FULL = {
    "SWE": "Software Engineer",
    "SDE": "Software Development Engineer",
    "SDET": "Software Development Engineer in Test",
    "MLE": "Machine Learning Engineer",
    "SRE": "Site Reliability Engineer",
    "PM": "Product Manager",
    "TPM": "Technical Program Manager",
}
# Work a field's name may open on that is not building ("Mobile Marketing", "iOS Design"), or a
# function already ("Back-End Engineering").
_NOT_BUILDING = re.compile(
    r"\b(?:marketing|sales|design|product|growth|support|recruiting|finance|legal|business"
    r"|engineering|development)\b",
    re.I,
)
_ABBREVIATED_HEAD = re.compile(
    rf"(?-i:\b(?P<word>{'|'.join(_IN_FULL)}))(?P<plural>s?)\.?$",
)
# A parenthetical list after a title is what the job covers ("Designer (UX, Graphic Design,
# etc)"), not part of its name; a single word stays ("Software Engineer (PHP)").
_LISTED_PARENS = re.compile(r"\s*\((?=[^)]*(?:,|\betc\b))[^)]*\)?\s*$", re.I)


# Notes on a title that are no part of it: a gender marker ("(m/f)", "(w/m/d)"), a nickname
# ("(aka Director of CPU-Bound Stuff)"), levels in general ("- All Levels"), a count ("(x2)"),
# a link's empty parentheses.
# A clause about the person after a title ("... developer with front-end focus", "Data
# Scientists/Engineers across the stack"); "in Test", "of Data", "for VS Code" are the title's.
_CLAUSE = re.compile(r"\s(?:with|who|that|across)\s.*$", re.I)
_NOTES = re.compile(
    r"\s*\((?:[mfwd]\s*/\s*[mfwd](?:\s*/\s*[mfwdx])?|all genders|a\.?k\.?a\.?\s[^)]*)\)"
    r"|\s*(?:[-–—,]\s*|\()(?:all|any) levels?\)?|\s*\((?:x\s?\d+|\d+\s?x|\s*)\)",
    re.I,
)


def in_full(title: str) -> str:
    """The title as job boards write it: abbreviations in full ("SRE" -> "Site Reliability
    Engineer", "Android Eng." -> "Android Engineer", "Cust. Exp." -> "Customer Experience"), a
    parenthetical list after it dropped ("Designer (UX, Graphic Design, etc)" -> "Designer"),
    notes that are no part of it dropped ("Client Developer (m/f)", "Backend Engineer - All
    Levels"), a clause about the person after it dropped ("Java/Angular developer with front-end
    focus" -> "Java/Angular developer"), and its head singular: a posting is one opening
    ("Senior Python Engineers" -> "Senior Python Engineer", as the role classifier and a board
    read it)."""
    title = _LISTED_PARENS.sub("", _NOTES.sub("", title)).strip(" -–—:,!")
    clause = _CLAUSE.search(title)
    if clause and is_role(title[: clause.start()]):
        title = title[: clause.start()]
    core = title_core(title)
    short = _ABBREVIATED_HEAD.search(core)
    if short:
        core = core[: short.start()] + _IN_FULL[short["word"]]
        return spell_out(_singular(core) + title[len(title_core(title)) :])
    head = _SHORT_HEAD.search(core)
    if head:
        heads = _SHORT_FUNCTIONS if LEADING_HEAD.match(core) else _SHORT_HEADS
        core = core[: head.start()] + heads[head["word"].lower()]
        return spell_out(_singular(core) + title[len(title_core(title)) :])
    return spell_out(_singular(core) + title[len(core) :])


def _singular(core: str) -> str:
    """The core's last head noun singular ("Data Engineers" -> "Data Engineer", "Coaches" ->
    "Coach"); a head before a function stays ("Head of Data")."""
    heads = list(ROLE_HEAD.finditer(core))
    if not heads or heads[-1].end() != len(core.rstrip(". ")):
        return core
    last = heads[-1]
    word = last.group(0)
    if word.lower().endswith("ches"):
        word = word[:-2]
    elif word.endswith(("s", "S")) and not word.lower().endswith("ss"):
        word = word[:-1]
    return core[: last.start()] + word + core[last.end() :]


def field_title(item: str) -> str:
    """A role named by its engineering field alone, as its engineer: "NLP" -> "NLP Engineer",
    "Backend - Node/Typescript" -> "Backend Engineer - Node/Typescript"; a function ("Sales",
    "Mobile Marketing") or a title with a head stays as it is."""
    core = title_core(item)
    if not ENGINEERING_FIELD.match(core) or ROLE_HEAD.search(core) or _NOT_BUILDING.search(core):
        return item
    if "," in item:
        return item  # a list left whole ("Front-End, Full-Stack, ML Engineering")
    return f"{core} Engineer{item[len(core) :]}"


def head_kind(title: str) -> str | None:
    """The kind of job a title's head noun names, singular; the builders' heads are one kind
    ("Frontend Developer", "front-end engineers" -> "engineer")."""
    heads = ROLE_HEAD.findall(title_core(in_full(title)))
    if not heads:
        return None
    head = heads[-1].lower().rstrip(".")
    head = head[:-2] if head.endswith("ches") else head.removesuffix("s")  # coaches, engineers
    return "engineer" if head in _BUILDERS else head
