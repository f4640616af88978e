"""The roles an HN hiring comment lists in its body: a header line of its own per role ("Acme |
QA Engineer | Berlin"), a line per role ("* Data Engineer: you love data", "Security Engineer
(link)"), a labelled list ("Open roles: A, B, C"); the hiring sentence is in hn_hiring.py."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobwatch.crawlers.extract.hn_header import Header, parse_header, strip_tags
from jobwatch.crawlers.extract.hn_roles import (
    FILLER,
    is_function,
    is_role,
    names_no_role,
    title_core,
)
from jobwatch.crawlers.extract.hn_split import split_roles

MAX_BODY_ROLES = 15
_LINES = re.compile(r"<p>|\n|<br\s*/?>|<li>")
_BULLET = re.compile(r"^\s*(?:[-*•–—·§►+]+|\d+[.)])\s*")
_LINK = re.compile(r"\(?\s*(?:https?://|www\.)\S*\s*\)?")
# A bullet may open on its title and go on about the person ("- Interface designers who can
# also code", "+ Recruiter to expand our hiring pipeline").
_CLAUSE = re.compile(r"\s(?:who|that|to|with)\s", re.I)
# Where a role line's title ends and its description starts ("Data Engineer: You love data",
# "iOS Engineer -- Swift"); a single dash is a qualifier ("Software Engineer - Payments").
_LEAD = re.compile(r"\s*(?::|\s?[-–]{2,}|—+)\s*")
_TITLE_THEN_LINK = re.compile(r"^(?P<title>[^:]+:[^:]+):\s*\(?(?:https?://|www\.)\S*\)?\s*$")
_BEFORE_LINK = re.compile(r"^(?P<title>[^:()]{3,80}?)\s*[(:]?\s*(?:https?://|www\.)")
_WEAK_LEAD = re.compile(r"\s[-–]\s")  # "Firmware Engineer - You live and breathe C"
PROSE = re.compile(
    r"\b(?:we|our|us|you|your|i|is|are|apply|email|contact|please|here|join|love|looking|must"
    r"|have|has|will|can|should)\b"
    r"|[?!@=]",
    re.I,
)
# A line saying a list of roles follows ("Roles we're hiring for include:", "Open positions:").
_ROLES_LABEL = re.compile(
    r"^[^:]{0,60}\b(?:roles|positions|openings|jobs|vacancies|hiring|looking for)\b[^:]{0,30}:$",
    re.I,
)
_REQUIREMENT = re.compile(
    r"\d|\b(?:experience|years?|knowledge|ability|understanding|degree|familiarity|proficiency"
    r"|strong|excellent|skills?|background|must|plus|bonus)\b",
    re.I,
)
_MAX_TITLE_WORDS = 7  # before the qualifier; twice that with it


@dataclass
class Role:
    """One role of a comment; `fields` is the role's own header line when the body has one."""

    title: str
    fields: Header | None = None


def listed_roles(body_html: str) -> list[Role]:
    """Roles the body names one per line, or in a labelled list."""
    roles: list[Role] = []
    under_label = False  # bullets right after "Roles we're hiring for include:"
    for raw in _LINES.split(body_html):
        plain = _LINK.sub(" ", strip_tags(raw)).strip()
        bullet = _BULLET.match(plain) is not None
        text = _BULLET.sub("", plain).strip(" ;,-–—").rstrip(".")
        if not text:
            continue
        header = parse_header(text) if "|" in text.replace("||", "") else None
        if header is not None and header.role and not names_no_role(header.role):
            roles.append(Role(header.role, header))
        elif header is None:
            line = _BULLET.sub("", strip_tags(raw))
            found = _linked_title(line) or _line_roles(text) or _title_before_link(line)
            found = found or (_labelled_item(text) if under_label and bullet else [])
            found = found or (_clause_lead(text) if bullet else [])
            roles += [Role(t) for line in found for t in split_roles(line)]
        under_label = bool(_ROLES_LABEL.match(text)) or (under_label and bullet)
    unique = {r.title.lower(): r for r in reversed(roles)}  # the first of equal titles is kept
    return list(reversed(unique.values()))[:MAX_BODY_ROLES]


def _linked_title(line: str) -> list[str]:
    """A line that is a role's label and its link, nothing else, is the title up to the link,
    the team after the colon in it ("Software Engineer: Data/Systems (LA): <link>"); prose
    after the colon is a description ("Data Engineer: you love data: <link>")."""
    labelled = _TITLE_THEN_LINK.match(line)
    if labelled is None:
        return []
    lead, _, team = labelled["title"].partition(":")
    if not is_title(lead) or len(team.split()) > 4 or PROSE.search(team):
        return []
    return [" ".join(labelled["title"].split())]


def _title_before_link(line: str) -> list[str]:
    """A role line may open on its title and link, its description after ("Machine Learning
    Engineer (<link>). You'd be working ..."): the title is what comes before the link."""
    opening = _BEFORE_LINK.match(line)
    return [opening["title"]] if opening and is_title(opening["title"]) else []


def _clause_lead(text: str) -> list[str]:
    """A bullet's title before a clause about the person ("Interface designers | who can also
    code"); a bullet about the work names none ("Work with the team to ship")."""
    lead = _CLAUSE.split(text, maxsplit=1)[0].strip()
    return [lead] if lead != text and is_title(lead) else []


def _labelled_item(text: str) -> list[str]:
    """A bullet under a roles label names a role by its lead even without a head noun
    ("Electrical -- PCB design, layout"); a requirement ("5+ years of Go") names none."""
    lead = _LEAD.split(text, maxsplit=1)[0]
    if len(lead.split()) > 4 or FILLER.match(lead) or names_no_role(lead):
        return []
    return [] if PROSE.search(lead) or _REQUIREMENT.search(lead) else [lead]


def _line_roles(text: str) -> list[str]:
    """ "Label: A, B, C" with mostly roles -> the roles, the functions among them too ("Sales");
    a short role line -> itself; a role line with a description ("iOS Engineer -- working with
    Swift") -> its title."""
    rest = text.partition(":")[2]
    items = [i.strip().rstrip(".") for i in re.split(r",|;|\band\b", rest)] if rest else []
    items = [i for i in items if i and not FILLER.match(i)]
    titles = [i for i in items if is_title(i)]
    named = [i for i in items if is_title(i) or is_function(i)]
    if len(titles) >= 2 and len(named) * 2 > len(items):
        return named
    lead = _LEAD.split(text, maxsplit=1)[0].strip()
    if lead != text and is_title(lead):
        return [lead]
    if is_title(text):
        return [text]
    lead = _WEAK_LEAD.split(text, maxsplit=1)[0].strip()
    return [lead] if lead != text and is_title(lead) else []


def is_title(text: str) -> bool:
    """A short phrase that ends on a title's head noun (before its qualifier: ", Security",
    " - Payments", "(LA)", " of Data") and has no sentence words: "Dev team stuff" is none."""
    return (
        0 < len(title_core(text).split()) <= _MAX_TITLE_WORDS
        and len(text.split()) <= 2 * _MAX_TITLE_WORDS
        and is_role(text)
        and not PROSE.search(text)
        and ":" not in text
    )
