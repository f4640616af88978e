"""The roles an HN hiring comment's hiring sentence names ("we're hiring a backend engineer to
...", "we're looking for iOS, web, and backend engineers")."""

from __future__ import annotations

import re

from jobwatch.crawlers.extract.hn_body import MAX_BODY_ROLES, is_title
from jobwatch.crawlers.extract.hn_roles import FILLER
from jobwatch.crawlers.extract.hn_split import split_roles
from jobwatch.crawlers.extract.hn_titles import head_kind

# The period of "Jr." and "Sr." is no sentence end ("We're hiring Jr. and Sr. Haskell engineers").
_SHORT_LEVEL = r"(?<=\b[sj]r)\."
_HIRING = re.compile(
    r"(?:\b(?:we|i)(?:'re|’re|'m|’m|\s+are|\s+am)|\bis|\band|^|[.!]\s)\s+"
    r"(?:(?:currently|now|also|always|actively|urgently)\s+)?"
    r"(?:hiring(?:\s+for)?|looking\s+(?:for|to\s+(?:hire|add|recruit))|seeking(?:\s+to\s+"
    r"(?:hire|appoint|recruit|add))?|recruiting(?:\s+for)?|searching\s+for"
    r"|on\s+the\s+lookout\s+for|in\s+search\s+of)\s+"
    rf"(?P<roles>(?:[^.;:!?()\n]|{_SHORT_LEVEL}){{3,150}})",
    re.I,
)
# Where the named roles end: "a backend engineer | to build ..."
_ROLES_END = re.compile(
    r"\s(?:to|who|which|that|with|for|in|at|on|from|across|including|like|as|based|able|eager"
    r"|willing|interested|well[- ]versed|comfortable|familiar|fluent|proficient)\b.*",
    re.I,
)
# "hiring for a variety of roles including X, Y": the list starts after the roles' label (a
# list of two or more; one bare item is the roles said again)
_INCLUDING = re.compile(
    r"^.{0,80}?\b(?:roles|positions|openings|jobs)\s+(?:including|such as|like)\s+", re.I
)
_LINK_LEFT = re.compile(r"^(?:https?|www)\b", re.I)
_OPENING = re.compile(r"^(?:an?|the|one|two|three|several|multiple|\d+)\s+", re.I)
_PRAISE = re.compile(
    r"^(?:(?:talented|experienced|highly|motivated|passionate|great|strong|exceptional|smart"
    r"|brilliant|awesome|amazing|driven|skilled|curious|enthusiastic|seasoned|excellent"
    r"|outstanding|creative|ambitious|pragmatic|capable|solid|good|more|additional|new|another"
    r"|nimble|versatile|dedicated|humble|scrappy|hungry|self-motivated|hard-?working"
    r"|our|first|next|full[- ]time|part[- ]time|remote|local|most|innovative|right)\s+)+",
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
        named = match.group("roles")
        listed = _INCLUDING.sub("", named)
        items = _hiring_items(_ROLES_END.sub("", listed).strip())
        found = [_hiring_item(i) for i in items]
        if not found or any(f is None for f in found):
            continue
        if listed != named and len(found) < 2:
            continue  # "many roles including engineers": the umbrella, said again
        # "a security engineer and director of marketing": the article opens the whole list
        (openings if _OPENING.match(items[0]) else kinds).extend(str(f) for f in found)
    return list(dict.fromkeys(openings or kinds))[:MAX_BODY_ROLES]


def _hiring_items(chunk: str) -> list[str]:
    """The items of a hiring sentence's list, cut on role boundaries where it cuts into builders
    by their speciality ("senior Android and Java engineers" -> two), else on every conjunction
    (a speciality is what a builder's head is shared by; before another head a word may be the
    person's ("hands-on, creative technicians") or a role of its own ("front-end, back-end,
    data scientists")); without the list's "etc" and a link's remains ("..., https")."""
    items = split_roles(chunk)
    if len(items) == 1 or any(head_kind(i) != "engineer" for i in items):
        items = [i.strip() for i in re.split(r",|\band\b|\bor\b|&", chunk)]
    return [i for i in items if i and not FILLER.match(i) and not _LINK_LEFT.match(i)]


def _hiring_item(item: str) -> str | None:
    """The title an item of a hiring sentence names, or None."""
    title = _PRAISE.sub("", _OPENING.sub("", item)).strip()
    bare = _OF_TITLES.sub("", title)
    if not is_title(title) or _NOT_A_TITLE_WORD.search(bare) or len(title.split()) > 5:
        return None
    return title
