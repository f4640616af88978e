"""An ATS board from a URL: `https://jobs.lever.co/acme/...` -> BoardRef("lever", "acme").

Used by the registry build (tools/registry/) on the public lists' board URLs and by
`jobwatch sources discover` on the apply URLs and texts already crawled. Each pattern is a
platform's public career-site address, not its API; a reserved name (`www`, `api`, `embed`) is
no board.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, unquote, urlsplit

# Host labels and first path segments that name a part of the site, never a company.
RESERVED = {
    "www", "api", "app", "apply", "jobs", "careers", "career", "help", "support", "static",
    "assets", "cdn", "embed", "v0", "v1", "en", "login", "signup", "about", "blog", "docs",
    "boards", "job-boards", "job_board", "hire", "status", "developers", "info", "mail",
}  # fmt: skip
# Workday's leading locale segment (`/en-US/External`): not the site.
LOCALE = re.compile(r"[a-z]{2}(?:[-_][A-Za-z]{2})?")
LABEL = r"[A-Za-z0-9][A-Za-z0-9-]*"  # one host name label
# An address on one of the ATS hosts below, in free text (HTML attributes, markdown, prose).
IN_TEXT = re.compile(
    r"(?:https?://)?(?:[A-Za-z0-9-]+\.)+(?:greenhouse\.io|lever\.co|ashbyhq\.com|workable\.com"
    r"|smartrecruiters\.com|recruitee\.com|myworkdayjobs\.com|myworkdaysite\.com|personio\.de"
    r"|personio\.com|teamtailor\.com|pinpointhq\.com|rippling\.com|bamboohr\.com|gem\.com"
    r"|oraclecloud\.com)(?:/[^\s\"'<>()\[\]{}|\\^`]*)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class BoardRef:
    platform: str
    board: str
    extras: tuple[tuple[str, str], ...] = field(default=())

    @property
    def key(self) -> tuple[str, str]:
        """What the registry deduplicates on: tokens are case-insensitive on these APIs."""
        return self.platform, self.board.lower()


def _ref(platform: str, board: str, **extras: str) -> BoardRef | None:
    board = unquote(board).strip()
    first = board.split("/")[0].lower()
    if not board or first in RESERVED or not re.fullmatch(r"[A-Za-z0-9][\w.-]*(/[\w.-]+)?", board):
        return None
    return BoardRef(platform, board, tuple(sorted(extras.items())))


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def _subdomain(host: str, suffix: str) -> str | None:
    """`acme` of `acme.recruitee.com` (one label before the suffix), else None."""
    match = re.fullmatch(rf"({LABEL})\.{re.escape(suffix)}", host)
    return match.group(1) if match else None


def _path_board(host: str, path: str, hosts: dict[str, str], api: str = "") -> BoardRef | None:
    """Platforms whose board is the first path segment of one of `hosts` (or follows `api`)."""
    platform = hosts.get(host)
    if platform is None or not path.startswith(api):
        return None
    parts = _segments(path[len(api) :])
    return _ref(platform, parts[0]) if parts else None


def _greenhouse(host: str, path: str, query: str) -> BoardRef | None:
    if not re.fullmatch(r"(?:boards|job-boards)(?:\.eu)?\.greenhouse\.io", host):
        if host == "boards-api.greenhouse.io" and path.startswith("/v1/boards/"):
            return _ref("greenhouse", _segments(path)[2]) if len(_segments(path)) > 2 else None
        return None
    wanted = parse_qs(query).get("for")
    if wanted:  # the embedded board: /embed/job_board?for=acme
        return _ref("greenhouse", wanted[0])
    parts = _segments(path)
    return _ref("greenhouse", parts[0]) if parts else None


def _lever(host: str, path: str, query: str) -> BoardRef | None:
    if host in ("api.lever.co", "api.eu.lever.co") and path.startswith("/v0/postings/"):
        path = path[len("/v0/postings") :]
    elif host not in ("jobs.lever.co", "jobs.eu.lever.co"):
        return None
    parts = _segments(path)
    if not parts:
        return None
    return _ref("lever", parts[0], host="eu") if ".eu." in host else _ref("lever", parts[0])


def _workday(host: str, path: str, query: str) -> BoardRef | None:
    """`acme.wd5.myworkdayjobs.com/[en-US/]External` -> acme/External, host wd5."""
    match = re.fullmatch(rf"({LABEL})\.(wd\d{{1,3}})\.(myworkdayjobs|myworkdaysite)\.com", host)
    if not match:
        return None
    tenant, centre, kind = match.groups()
    parts = _segments(path)
    if kind == "myworkdaysite" and parts[:1] == ["recruiting"]:
        parts = parts[2:]  # /recruiting/{tenant}/{site}
    if parts and LOCALE.fullmatch(parts[0]):
        parts = parts[1:]
    if not parts or parts[0] in ("wday", "job", "login"):
        return None
    return _ref("workday", f"{tenant.lower()}/{parts[0]}", host=centre.lower())


def _oracle(host: str, path: str, query: str) -> BoardRef | None:
    """`h.fa.em2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/...` -> h.../CX_1."""
    if not re.fullmatch(rf"{LABEL}\.fa\.{LABEL}\.oraclecloud\.com", host):
        return None
    match = re.search(r"/sites/([A-Za-z0-9_-]+)", path) or re.search(r"siteNumber=([\w-]+)", query)
    return _ref("oracle", f"{host}/{match.group(1)}") if match else None


def _subdomain_board(host: str, path: str, query: str) -> BoardRef | None:
    for suffix, platform in SUBDOMAINS.items():
        if (label := _subdomain(host, suffix)) is not None:
            if platform == "personio":
                return _ref(platform, label, domain=suffix.rsplit(".", 1)[1])
            return _ref(platform, label)
    return None


SUBDOMAINS = {
    "recruitee.com": "recruitee",
    "jobs.personio.de": "personio",
    "jobs.personio.com": "personio",
    "teamtailor.com": "teamtailor",
    "pinpointhq.com": "pinpoint",
    "bamboohr.com": "bamboohr",
    "workable.com": "workable",  # the older acme.workable.com career sites
}
PATHS = {
    "jobs.ashbyhq.com": "ashby",
    "apply.workable.com": "workable",
    "jobs.smartrecruiters.com": "smartrecruiters",
    "careers.smartrecruiters.com": "smartrecruiters",
    "ats.rippling.com": "rippling",
    "jobs.gem.com": "gem",
}
WORKABLE_API = "/api/v1/widget/accounts/"
APIS = {  # API addresses: the board follows the prefix
    "api.ashbyhq.com": ("ashby", "/posting-api/job-board/"),
    "api.smartrecruiters.com": ("smartrecruiters", "/v1/companies/"),
    "api.rippling.com": ("rippling", "/platform/api/ats/v1/board/"),
    "api.gem.com": ("gem", "/job_board/v0/"),
}


def board_of_url(url: str) -> BoardRef | None:
    """The ATS board a URL belongs to, or None (another site, or a reserved name)."""
    text = url.strip()
    parts = urlsplit(text if "://" in text else f"https://{text}")
    host = (parts.hostname or "").lower()
    path, query = parts.path, parts.query
    for parse in (_greenhouse, _lever, _workday, _oracle):
        if ref := parse(host, path, query):
            return ref
    if host in APIS:
        platform, prefix = APIS[host]
        return _path_board(host, path, {host: platform}, prefix)
    if host == "apply.workable.com" and path.startswith(WORKABLE_API):
        return _path_board(host, path, PATHS, WORKABLE_API)
    return _path_board(host, path, PATHS) or _subdomain_board(host, path, query)


def boards_in_text(text: str) -> list[tuple[BoardRef, str]]:
    """Every ATS board named by an address in `text`, with the address it was read from."""
    found = []
    for match in IN_TEXT.finditer(text):
        address = match.group(0).rstrip(".,;:!?'\"")
        if ref := board_of_url(address):
            found.append((ref, address))
    return found
