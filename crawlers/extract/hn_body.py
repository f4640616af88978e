"""The roles an HN hiring comment lists in its body: a header line of its own per role ("Acme |
QA Engineer | Berlin"), a line per role ("* Data Engineer: you love data", "Security Engineer
(link)"), a labelled list ("Open roles: A, B, C"), else the hiring sentence ("we're hiring a
backend engineer to ...")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobwatch.crawlers.extract.hn_header import Header, parse_header, strip_tags
from jobwatch.crawlers.extract.hn_roles import (
    FILLER,
    is_function,
    is_role,
    names_no_role,
    split_roles,
    title_core,
)

MAX_BODY_ROLES = 15
_LINES = re.compile(r"<p>|\n|<br\s*/?>|<li>")
_BULLET = re.compile(r"^\s*(?:[-*•–·§►+]+|\d+[.)])\s*")
_LINK = re.compile(r"\(?\s*(?:https?://|www\.)\S*\s*\)?")
# Where a role line's title ends and its description starts ("Data Engineer: You love data",
# "iOS Engineer -- Swift"); a single dash is a qualifier ("Software Engineer - Payments").
_LEAD = re.compile(r"\s*(?::|\s?[-–]{2,}|—+)\s*")
_TITLE_THEN_LINK = re.compile(r"^(?P<title>[^:]+:[^:]+):\s*\(?(?:https?://|www\.)\S*\)?\s*$")
_WEAK_LEAD = re.compile(r"\s[-–]\s")  # "Firmware Engineer - You live and breathe C"
_PROSE = re.compile(
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
            found = _linked_title(_BULLET.sub("", strip_tags(raw))) or _line_roles(text)
            found = found or (_labelled_item(text) if under_label and bullet else [])
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
    if not is_title(lead) or len(team.split()) > 4 or _PROSE.search(team):
        return []
    return [" ".join(labelled["title"].split())]


def _labelled_item(text: str) -> list[str]:
    """A bullet under a roles label names a role by its lead even without a head noun
    ("Electrical -- PCB design, layout"); a requirement ("5+ years of Go") names none."""
    lead = _LEAD.split(text, maxsplit=1)[0]
    if len(lead.split()) > 4 or FILLER.match(lead) or names_no_role(lead):
        return []
    return [] if _PROSE.search(lead) or _REQUIREMENT.search(lead) else [lead]


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
        and not _PROSE.search(text)
        and ":" not in text
    )


_HIRING = re.compile(
    r"(?:\b(?:we|i)(?:'re|’re|'m|’m|\s+are|\s+am)|\bis|\band|^|[.!]\s)\s+"
    r"(?:(?:currently|now|also|always|actively|urgently)\s+)?"
    r"(?:hiring(?:\s+for)?|looking\s+(?:for|to\s+hire)|seeking(?:\s+to\s+hire)?|searching\s+for"
    r"|on\s+the\s+lookout\s+for|in\s+search\s+of)\s+(?P<roles>[^.;:!?()\n]{3,150})",
    re.I,
)
# Where the named roles end: "a backend engineer | to build ..."
_ROLES_END = re.compile(
    r"\s(?:to|who|which|that|with|for|in|at|on|from|across|including|like|as|based|able|eager"
    r"|willing|interested|well[- ]versed|comfortable|familiar|fluent|proficient)\b.*",
    re.I,
)
_OPENING = re.compile(r"^(?:an?|one|two|three|several|multiple|\d+)\s+", re.I)
_PRAISE = re.compile(
    r"^(?:(?:talented|experienced|highly|motivated|passionate|great|strong|exceptional|smart"
    r"|brilliant|awesome|amazing|driven|skilled|curious|enthusiastic|seasoned|excellent"
    r"|outstanding|creative|ambitious|pragmatic|capable|solid|good|more|additional|new|another"
    r"|nimble|versatile|dedicated|humble|scrappy|hungry|self-motivated|hard-?working"
    r"|our|first|next|full[- ]time|part[- ]time|remote|local)\s+)+",
    re.I,
)
_NOT_A_TITLE_WORD = re.compile(r"\b(?:of|the|a|an|roles?|positions?|people|folks)\b", re.I)
_OF_TITLES = re.compile(r"^(?:head|director|vp|chief)\s+of\b", re.I)


def hiring_roles(text: str) -> list[str]:
    """Roles a hiring sentence names ("we're hiring a backend engineer to ..."). A sentence
    names roles only when every item of its list is one ("a cross-breed of an analyst and a QA
    engineer" names none); roles with an article name openings and win over bare plurals ("we're
    looking for engineers. We're hiring a DevOps Engineer" -> the DevOps Engineer)."""
    openings: list[str] = []
    kinds: list[str] = []
    for match in _HIRING.finditer(text):
        chunk = _ROLES_END.sub("", match.group("roles")).strip()
        items = [i.strip() for i in re.split(r",|\band\b|\bor\b|&", chunk)]
        items = [i for i in items if i and not FILLER.match(i)]  # "..., product managers, etc"
        found = [_hiring_item(i) for i in items]
        if not found or any(f is None for f in found):
            continue
        # "a security engineer and director of marketing": the article opens the whole list
        (openings if _OPENING.match(items[0]) else kinds).extend(str(f) for f in found)
    return list(dict.fromkeys(openings or kinds))[:MAX_BODY_ROLES]


def _hiring_item(item: str) -> str | None:
    """The title an item of a hiring sentence names, or None."""
    title = _PRAISE.sub("", _OPENING.sub("", item)).strip()
    bare = _OF_TITLES.sub("", title)
    if not is_title(title) or _NOT_A_TITLE_WORD.search(bare) or len(title.split()) > 5:
        return None
    return title
