"""The header of an HN hiring comment written without pipes: a first sentence naming the company
("Oscar Insurance is a startup ...") or a first line that is only a name with its place or link
("Sauce Labs (San Francisco, CA, Berlin)"), over a body that lists its roles."""

from __future__ import annotations

import re

from jobwatch.crawlers.extract.hn_body import PROSE, listed_roles
from jobwatch.crawlers.extract.hn_header import Header, parse_header, split_head, strip_tags

# A first sentence whose subject is a name ("Oscar Insurance is a startup ...").
_NAMED_FIRST = re.compile(r"^(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+(?:is|are)\s")
_LINK = re.compile(r"https?://\S+|www\.\S+")
# Where a name line's name ends and its place, mode or note starts; where one of those ends (a
# comma is inside a place: "Rome, NY").
_NAME_END = re.compile(r"\s[-–—]+\s|\s*[(),|]\s*|\s--$")
_SLOT_END = re.compile(r"\s[-–—]+\s|\s*[()|]\s*|\s--$")
_MANY_ROLE_LINES = 3
_MAX_NAME_LINE_WORDS = 10  # outside parentheses
_PARENS = re.compile(r"\([^)]*\)?")
# A name's words are capitalized ("CACI International Inc.", "Procter & Gamble", "Bank of X").
_NAME_WORD = re.compile(r"^(?:[A-Z0-9]|(?:&|and|of|the|de)$)")


def prose_header(comment_html: str) -> Header | None:
    """The company of a comment with no pipe header that lists two roles one per line, or one
    role with a header line of its own ("Hotjar | DevOps Engineer (Europe) | Remote"); with
    three role lines or more the comment is a posting even when it names no company ("Softbank
    & Qualcomm backed" over fifteen titles); a reply or a company's prose with no role lines is
    none."""
    head, rest = split_head(comment_html)
    listed = listed_roles(rest)
    own_lines = [r for r in listed if r.fields is not None]
    if len(listed) - len(own_lines) < 2 and not own_lines:
        return None
    name = _NAMED_FIRST.match(head)
    if name is not None:
        return Header(company=name["name"], fields=[name["name"]])
    header = _name_line(strip_tags(re.split(r"<p>|\n", comment_html, maxsplit=1)[0]))
    if header is None and len(listed) - len(own_lines) >= _MANY_ROLE_LINES:
        return Header()  # a top-level comment listing three roles is a posting, company unnamed
    return header


def _name_line(line: str) -> Header | None:
    """A short first line with no sentence in it, read as a header: the name first, then its
    place or mode ("CACI International Inc. - Rome, NY", "Virta Health"); a line that opens on a
    mode or a place names no company ("ONSITE - San Francisco")."""
    text = _LINK.sub(" ", line).strip()
    outside = _PARENS.sub(" ", text).split()  # "Sauce Labs (San Francisco, CA, Berlin, ...)"
    if len(outside) > _MAX_NAME_LINE_WORDS or PROSE.search(text):
        return None
    name, *rest = _NAME_END.split(text, maxsplit=1)
    name = name.strip()
    if not name or not all(map(_NAME_WORD.match, name.split())):
        return None  # "Thanks for posting, great list": no name
    slots = [s.strip() for s in _SLOT_END.split(rest[0] if rest else "") if s.strip()]
    header = parse_header(" | ".join([name, *slots])) if slots else None
    if header is None:
        return Header(company=name, fields=[name])
    return header if header.company == name else None
