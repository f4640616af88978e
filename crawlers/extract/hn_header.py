"""The "Company | Role | Location | REMOTE | $salary" header of an HN hiring comment, as fields."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from jobwatch.crawlers.extract.hn_roles import ROLE_HEAD, ROLE_WORDS, names_no_role

_TAG = re.compile(r"<[^>]+>")
_TLDS = "com|io|ai|co|net|org|dev|is|app|tech|so|xyz|us|uk|de|fr|ca"
_URL = re.compile(rf"^(?:https?://\S+|www\.\S+|[\w-]+(?:\.[\w-]+)*\.(?:{_TLDS})(?:/\S*)?)$", re.I)
_SALARY = re.compile(
    r"[$€£¥]\s?\d|\d\s?[$€£]|\b\d{2,3}(?:[.,]\d+)?\s?[kK]\b|\bsalary\b|\b\d{2,3},\d{3}\b"
    r"|\b(?:USD|EUR|GBP|CAD|CHF|AUD|MXN)\b",
    re.I,
)
_LINK = re.compile(r"https?://\S+|www\.\S+")
# A field runs on into prose at a link or a new sentence; "Sr. SWE" and "Acme Inc. Berlin" do not.
_RUN_ON = re.compile(
    r"\s+(?=https?://|www\.)"
    r"|(?<=[a-z][.!?])(?<!\bSr\.)(?<!\bJr\.)(?<!\bInc\.)(?<!\bLtd\.)(?<!\bCo\.)(?<!\bSt\.)"
    r"\s+(?=[A-Z])"
)
_AT_COMPANY = re.compile(r"^(?P<title>.+?)\s+@\s*(?P<company>[^@]+?)$")
_MODE = re.compile(r"\b(?:remote|on-?site|in[- ]office|hybrid|wfh)\b", re.I)
_EMPLOYMENT = re.compile(
    r"\b(?:full[- ]?time|part[- ]?time|contract(?:ors?|ing)?|freelance|intern(?:ship)?s?|FT|PT"
    r"|permanent|temporary)\b",
    re.I,
)
_JOINERS = re.compile(r"\b(?:and|or|only|months?|weeks?)\b", re.I)
_NOISE = re.compile(
    r"\b(?:visa|equity|series[- ]?[a-e]\b|seed|stage|funded|sponsorship|relocation|benefits"
    r"|years?|experience|yc\s?[swf]\d\d|startup|options?|bonus|growth)\b",
    re.I,
)


def strip_tags(fragment: str) -> str:
    """Text of an HTML fragment: tags dropped, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())


def split_head(comment_html: str) -> tuple[str, str]:
    """The header's text and the HTML after it. HN separates paragraphs with `<p>`; the header is
    the first paragraph, or its first line when that line has the pipes (and the next line too
    when the first ends on a pipe: "Acme |", then "Data Engineer | Berlin")."""
    parts = re.split(r"<p>|\n\s*\n", comment_html, maxsplit=1)
    head, after = parts[0], (parts[1] if len(parts) > 1 else "")
    lines = head.split("\n")
    if "|" not in lines[0]:
        return strip_tags(head), after
    taken = 2 if strip_tags(lines[0]).endswith("|") and len(lines) > 1 else 1
    rest = "\n".join(lines[taken:])
    return strip_tags(" ".join(lines[:taken])), f"{rest}<p>{after}" if rest else after


def first_paragraph(comment_html: str) -> str:
    """The header line's text (see split_head)."""
    return split_head(comment_html)[0]


@dataclass
class Header:
    """The classified fields of a header line (each the field's own text, or None)."""

    company: str | None = None
    role: str | None = None
    location: str | None = None
    remote: str | None = None
    salary: str | None = None
    employment: str | None = None
    url: str | None = None
    fields: list[str] = field(default_factory=list)


def _kind(part: str) -> str:
    if _URL.match(part):
        return "url"
    if _SALARY.search(part):
        return "salary"
    if names_no_role(part):
        return "no-role"  # "Multiple roles", "Senior": the roles are in the body
    rest = _NOISE.sub("", _EMPLOYMENT.sub("", _MODE.sub("", part)))
    words_left = re.search(r"[A-Za-z]{3}", _JOINERS.sub("", rest))
    if ROLE_WORDS.search(part) and (
        words_left or not (_MODE.search(part) or _EMPLOYMENT.search(part))
    ):
        return "role"  # "Full Time, ONSITE, INTERNS" says how, not which role
    if _MODE.search(part):
        return "mode+place" if re.search(r"[A-Za-z]{2}", rest.replace("or", "")) else "mode"
    if _EMPLOYMENT.search(part) and not words_left:
        return "employment"
    if _NOISE.search(part) and not re.search(r"[A-Za-z]{3}", rest):
        return "noise"
    return "text"


def role_items(slot: str) -> str | None:
    """A role slot without the items of its comma list that say how the job is held, not which
    it is ("FULL TIME, GRADUATE INTERNS, ONSITE, VISA" -> "GRADUATE INTERNS"; a head noun alone,
    "INTERNS", stays); None when no item is left ("Full-time & interns, remote + onsite")."""
    items = [i.strip() for i in slot.split(",")]
    kinds = [_kind(i) for i in items]
    if not {"mode", "mode+place", "employment"} & set(kinds):
        return slot  # "Software Engineer, Growth": a qualifier, not how the job is held
    kept = [
        item
        for item, kind in zip(items, kinds, strict=True)
        if kind in ("role", "no-role", "text") or ROLE_HEAD.fullmatch(item)  # "INTERNS" alone
    ]
    return ", ".join(kept) or None


def _split_fields(line: str) -> tuple[list[str], str | None]:
    """Pipe-separated fields with links taken out (the first link returned); the last field
    stops where the header runs on into prose or a link."""
    parts = [p.strip(" \t-–—:,") for p in line.split("|")]
    if parts:
        parts[-1] = _RUN_ON.split(parts[-1], maxsplit=1)[0].strip(" \t-–—:,")
    url = None
    cleaned = []
    for part in parts:
        links = _LINK.findall(part)
        url = url or (links[0] if links else None)
        rest = _LINK.sub("", part).strip(" \t-–—:,") if links and not _URL.match(part) else part
        if rest:
            cleaned.append(rest)
    return cleaned, url


def parse_header(line: str) -> Header | None:
    """The fields of a pipe-separated header; None when the line has no pipes (prose)."""
    parts, url = _split_fields(line)
    if len(parts) < 2:
        return None
    header = Header(fields=parts, url=url)
    parts = [_at_company(header, p) for p in parts]
    kinds = [_kind(p) for p in parts]
    if kinds[0] in ("text", "url"):  # the convention: the company comes first
        header.company = parts[0]
        kinds[0] = "company"
    for part, kind in zip(parts, kinds, strict=True):
        _assign(header, part, kind)
    return header


def _at_company(header: Header, part: str) -> str:
    """ "Software Engineer @ Quartzy": the title, its company taken as the header's (the slots
    after it are then places, not the company); an address (jobs@acme.com) has no space."""
    at = _AT_COMPANY.match(part)
    if at is None or header.company is not None or not ROLE_HEAD.search(at["title"]):
        return part
    header.company = at["company"]
    return at["title"]


def _assign(header: Header, part: str, kind: str) -> None:
    def add(name: str) -> None:
        current = getattr(header, name)
        setattr(header, name, f"{current} | {part}" if current else part)

    if kind not in ("company", "mode", "mode+place") and _MODE.search(part):
        add("remote")  # "REMOTE, SALARY: $100K" or "Remote Backend Engineer" still say remote
    if kind == "url" and header.url is None:
        header.url = part
    elif kind == "salary" and header.salary is None:
        header.salary = part
    elif kind == "role" and header.role is None:
        header.role = part
    elif kind in ("mode", "mode+place"):
        add("remote")
        if kind == "mode+place" and header.location is None:
            header.location = part
    elif kind == "employment":
        add("employment")
    elif kind == "text":
        if header.company is None:
            header.company = part
        else:
            # Every other free slot may be the place: a stack slot ("Rust/C++") can come before
            # it. The normalizer reads the first slot that names a place (pipeline/location.py).
            add("location")
