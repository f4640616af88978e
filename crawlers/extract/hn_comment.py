"""The roles of one HN hiring comment: the header's role slot, the body's role lines and hiring
sentence, and a prose comment's role lines."""

from __future__ import annotations

import re

from jobwatch.crawlers.extract.hn_body import Role, listed_roles
from jobwatch.crawlers.extract.hn_header import Header, role_items, strip_tags
from jobwatch.crawlers.extract.hn_hiring import hiring_roles
from jobwatch.crawlers.extract.hn_levels import per_level
from jobwatch.crawlers.extract.hn_links import link_titles
from jobwatch.crawlers.extract.hn_roles import (
    is_role,
    names_no_role,
    speciality,
    title_core,
)
from jobwatch.crawlers.extract.hn_split import split_roles
from jobwatch.crawlers.extract.hn_titles import field_title, head_kind, in_full
from jobwatch.crawlers.extract.html_text import html_to_text

# A role slot's label or hiring verb ("Open roles: ...", "Now Hiring Senior Rails Developers",
# "We are looking for Frontend Developer", "Seeking PHP Experts"): the title follows it ("Hiring
# Manager" is a title of one word after); "needed" after it.
_SLOT_LABEL = re.compile(
    r"^(?:open\s+)?(?:jobs|roles|positions|openings|hiring(?: for)?)\s*:\s*"
    r"|^(?:we(?:'re|’re|\s+are)\s+)?(?:(?:now|currently)\s+)?(?:hiring|seeking|looking for)"
    r"(?:\s+for)?:?\s+(?=\S+\s+\S)"
    r"|\s+(?:needed|wanted)!*$",  # "FULL STACK DEV NEEDED"
    re.I,
)
# A head that says how good a hire is, not which job ("PHP Experts", "Rails Ninja").
_IN_GENERAL = re.compile(r"\b(?:experts?|gurus?|ninjas?|rock ?stars?|wizards?)$", re.I)
_MAX_SLOT_WORDS = 6  # a longer slot that ends on no head is a sentence
_SENTENCE_WORDS = re.compile(
    r"\b(?:in|on|at|of) the\b|[a-z]\.\s|\b(?:we|our|is|are|available)\b", re.I
)


def comment_roles(header: Header, rest_html: str) -> list[Role]:
    """The roles the body lists one per line when it lists several (the header's role slot is
    then their summary: "Software Engineer" over "iOS Engineer", "Backend Engineer"), else the
    header's role slot and the other roles the body's hiring sentence names ("Senior Software
    Engineers" over "we're looking for software engineers and data scientists"; "PHP Experts"
    gives way to the sentence's "Software Engineers"), else the body's role lines or hiring
    sentence, else a header slot naming a speciality ("Acme | Full Stack | Seattle"), else the
    titles its job links spell ("/jobs/senior-frontend-engineer"); and every role that has a
    header line of its own in the body ("Acme | QA Engineer | Berlin"). Titles are written in
    full ("SRE" -> "Site Reliability Engineer")."""
    listed = listed_roles(rest_html)
    own_lines = [r for r in listed if r.fields is not None]
    lines = [r for r in listed if r.fields is None]
    slot = role_items(_SLOT_LABEL.sub("", header.role)) if header.role else None
    slot = None if slot is None or names_no_role(slot) or _sentence(slot) else slot
    first = lines + _not_listed(slot, lines) if len(lines) > 1 else [] if slot else lines
    hiring = hiring_roles(html_to_text(rest_html) or "")
    if not first and slot:
        first = _slot_and_hiring(strip_tags(slot), hiring)
    if not first and not own_lines:
        first = [Role(t) for t in hiring] or _speciality_roles(header.fields[1:])
        first = first or [Role(t) for t in link_titles(rest_html, header.url)]
    subs = [Role(t, r.fields) for r in own_lines for t in split_roles(r.title)]
    full = [Role(field_title(in_full(r.title)), r.fields) for r in first + subs]
    unique = {r.title.lower(): r for r in reversed(full)}  # the first of equal titles
    return list(reversed(unique.values()))


def _sentence(slot: str) -> bool:
    """A slot that is no title but a sentence ("Team of 7 engineers in the SF bay area and on the
    East coast", "All roles available in Santa Clara. Engineering roles only in Toronto."): long,
    with a sentence's words, and no item of it ends on a title's head."""
    items = re.split(r",|&|\band\b|\s/\s", slot)
    return (
        len(slot.split()) > _MAX_SLOT_WORDS
        and bool(_SENTENCE_WORDS.search(slot))
        and not any(is_role(i.strip()) for i in items)
    )


def _not_listed(slot: str | None, lines: list[Role]) -> list[Role]:
    """The slot's roles of a kind no body line names (by its head or a word of it): the lines
    detail some of its roles, not all ("Software Engineers, Data Scientists, UX Lead" over three
    engineer lines keeps the data scientist and the UX lead; "Designer" over "product design
    lead" is that role)."""
    kinds = {head_kind(r.title) for r in lines}
    words = [w for r in lines for w in _words(r.title) if len(w) > 3]

    def listed(kind: str | None) -> bool:  # "Technical Lead": "Lead Engineer"; "design lead"
        return kind is None or kind in kinds or any(kind.startswith(w) for w in words)

    titles = split_roles(strip_tags(slot)) if slot else []
    return [Role(t) for t in titles if not listed(head_kind(t))]


def _slot_and_hiring(slot: str, hiring: list[str]) -> list[Role]:
    """The slot's roles and the other roles the hiring sentence names; a slot that says how good,
    not which job ("Seeking PHP Experts"), is the hiring sentence's role said in general when
    that sentence names one ("seeking talented Software Engineers with deep knowledge of PHP")."""
    named = [Role(t) for t in split_roles(slot)]
    levels = per_level(named[0].title, hiring) if len(named) == 1 else None
    if levels:
        return [
            Role(t) for t in levels
        ]  # "Mid to Senior X" over "a mid-level dev and a senior dev"
    others = [Role(t) for t in hiring if not _named_by(t, named, listed=_lists_slot(hiring, named))]
    if others and all(_IN_GENERAL.search(title_core(r.title)) for r in named):
        return others
    return named + others


def _speciality_roles(slots: list[str]) -> list[Role]:
    """The first slot naming a speciality, cut into its items when each names one ("Frontend,
    Backend, Business Development")."""
    for slot in filter(speciality, slots):
        items = [i.strip() for i in re.split(r",|\band\b|&", slot) if i.strip()]
        roles = items if all(map(speciality, items)) else [slot]
        return [Role(field_title(r)) for r in roles]
    return []


def _named_by(title: str, roles: list[Role], *, listed: bool = False) -> bool:
    """The body's title is one of the header's roles said again: a head noun alone ("experts",
    the header's role said in general), a title whose words hold theirs or theirs its
    ("DevOps/Infrastructure engineer"), or a head of the same kind ("software engineers" beside
    "Senior JavaScript Engineers", "Android engineer" beside "Android Developer"); a head of
    another kind is another opening ("data scientists" beside "Senior Software Engineers"), and
    so is any other title of a list that names a header role by its words (`listed`: "research
    scientists, machine learning engineers, software engineers" beside "Software Engineer")."""
    words = _words(title)
    if len(words) < 2 or any(_same_words(words, r.title) for r in roles):
        return True
    return not listed and head_kind(title) in {head_kind(r.title) for r in roles}


def _lists_slot(hiring: list[str], roles: list[Role]) -> bool:
    """The hiring sentence lists openings of several kinds, one of them a header's role said
    again by its words (a head noun alone says none: "engineers"); a list of one kind is one
    role praised ("creative, energetic and driven Software Engineers")."""
    titles = [_words(t) for t in hiring]
    kinds = {head_kind(t) for t in hiring}
    said_again = any(len(w) > 1 and _same_words(w, r.title) for w in titles for r in roles)
    return len(kinds) > 1 and said_again


def _same_words(words: set[str], title: str) -> bool:
    return words <= _words(title) or _words(title) <= words


def _words(title: str) -> set[str]:
    return {w.removesuffix("s") for w in re.findall(r"[a-z0-9+#]+", title.lower())}
