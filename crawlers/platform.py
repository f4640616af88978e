"""A platform is one declaration: every fact jobwatch needs about a job source, in one record.

Each spider module declares `PLATFORM = Platform(...)` beside its spider (`platform = PLATFORM`);
crawlers/platforms.py derives the rest from those records: the spider list, the page extractors,
the setting defaults, the registry schema, the replay routes and the `jobwatch sources` columns.
docs/adding-a-source.md walks through adding one.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from jobwatch.crawlers.extract.result import ExtractResult
    from jobwatch.crawlers.replay_routes import Route

# Board tokens become lake file names (percent-encoded) and URL path segments: keep them short.
MAX_TOKEN = 120
# The usual company slug: letters, digits, '.', '_', '-', starting with a letter or digit.
SLUG = r"[A-Za-z0-9][A-Za-z0-9._-]*"
SLUG_HELP = "letters, digits, '.', '_' and '-', starting with a letter or digit"


class Kind(StrEnum):
    ATS = "ats"  # company boards: any token of the declared shape can be crawled
    BOARD = "board"  # a job board with one feed: its one board is the source's own name
    SITE = "site"  # every board is a registry row with its own URL (JSON-LD career pages)


class Extraction(StrEnum):
    ARCHIVE = "archive"  # pages archived as fetched, extracted after the crawl (crawlers/archive/)
    CALLBACK = "callback"  # extracted in the Scrapy callback: the page says what to fetch next


class Mirror(StrEnum):
    """Where a request goes on a mirror given as `--base-url B` (a replay, a caching proxy)."""

    PATH = "path"  # B + the API path: the host is all the mirror replaces
    COMPANY = "company"  # the real host carries the company: B/{board} + the API path
    HOST = "host"  # absolute URLs from the registry: B/{host}{path}


@dataclass(frozen=True)
class Endpoint:
    """One request the spider makes, as documentation and for the README table."""

    method: str  # GET or POST
    path: str  # appended to the base URL; {board}, the token's groups and the extras filled in
    note: str = ""  # e.g. "paged by offset to `total`"


@dataclass(frozen=True)
class Extra:
    """A registry field beyond company, platform and board (Lever's `host: eu`)."""

    name: str
    help: str
    choices: tuple[str, ...] = ()  # the values allowed (none: any matching `pattern`)
    pattern: str = ""  # a value must match it whole
    required: bool = False  # every registry row of the platform must give it
    casefold: bool = False  # `EU` is read as `eu`
    check: Callable[[str], str | None] | None = None  # what is wrong with a value, or None

    def read(self, raw: object) -> str:
        value = str(raw).strip()
        return value.lower() if self.casefold else value


@dataclass(frozen=True)
class Platform:
    """Everything about one source. Templates use `{board}`, the token's named groups and the
    extras; every value is percent-encoded where it goes."""

    name: str
    kind: Kind
    base_url: str | None  # default of the `<NAME>_BASE_URL` setting; may hold {placeholders}
    endpoints: tuple[Endpoint, ...]  # the first one starts a board
    token: str  # regex a board token matches whole; named groups become URL values
    token_help: str  # the shape in words, for the error a bad token gets
    example: Mapping[str, str]  # a registry row (validated by the tests)
    extraction: Extraction
    extractor: Callable[..., ExtractResult] | None = None  # the archived page's extractor
    request_budget: int = 1000  # requests per crawl, retries included (SOURCE_REQUEST_BUDGET)
    extras: tuple[Extra, ...] = ()
    regional: Mapping[str, str] = field(default_factory=dict)  # host value -> its base URL
    mirror: Mirror = Mirror.PATH
    replay: tuple[Route, ...] = ()  # how the replay server serves its recordings
    settings: Mapping[str, Any] = field(default_factory=dict)  # more setting defaults
    notes: str = ""  # what a user should know (the README row says it too)

    @property
    def base_url_setting(self) -> str:
        return f"{self.name.upper()}_BASE_URL"

    def regional_setting(self, host: str) -> str:
        return f"{self.name.upper()}_{host.upper()}_BASE_URL"

    def setting_defaults(self) -> dict[str, Any]:
        """This platform's Scrapy setting defaults (crawlers/settings.py applies them)."""
        defaults: dict[str, Any] = {self.base_url_setting: self.base_url}
        defaults |= {self.regional_setting(h): url for h, url in self.regional.items()}
        return defaults | dict(self.settings)

    @property
    def routes(self) -> tuple[Route, ...]:
        return tuple(replace(route, platform=self.name) for route in self.replay)

    def extra(self, name: str) -> Extra | None:
        return next((e for e in self.extras if e.name == name), None)

    def token_problem(self, board: str) -> str | None:
        """Why `board` is not a token of this platform (in words), or None."""
        if len(board) > MAX_TOKEN:
            return f"is {len(board):,} characters long (at most {MAX_TOKEN})"
        if any(part in (".", "..") for part in board.split("/")) or not board.isprintable():
            return f"is not a valid board token ({self.token_help})"
        if not re.fullmatch(self.token, board):
            return f"is not a valid {self.name} board token ({self.token_help})"
        return None

    def extra_problem(self, name: str, value: str) -> str | None:
        """Why `name: value` is not a valid registry field of this platform, or None."""
        extra = self.extra(name)
        if extra is None:
            fields = ", ".join(["company", "platform", "board", *(e.name for e in self.extras)])
            return f"unknown {self.name} {name} {value!r} (no such field; fields: {fields})"
        if extra.choices and value not in extra.choices:
            return f"unknown {self.name} {name} {value!r} (known: {', '.join(extra.choices)})"
        if extra.pattern and not re.fullmatch(extra.pattern, value):
            return f"unknown {self.name} {name} {value!r} ({extra.help})"
        return extra.check(value) if extra.check else None

    def values(self, board: str, extras: Mapping[str, str]) -> dict[str, str]:
        """The URL template values of a board: the token, its named groups, the extras."""
        match = re.fullmatch(self.token, board)
        groups = {k: v for k, v in (match.groupdict() if match else {}).items() if v is not None}
        return {"board": board, **groups, **extras}

    def url(self, base: str, board: str, extras: Mapping[str, str], endpoint: int = 0) -> str:
        """A board's request URL on `base`: placeholders in a base (the real host, a template
        setting) are filled; a base without any (a mirror) gets the COMPANY layout if declared."""
        values = {k: quote(v, safe="") for k, v in self.values(board, extras).items()}
        path = self.endpoints[endpoint].path.format_map(values)
        if placeholders(base):
            return base.format_map(values) + path
        if self.mirror is Mirror.COMPANY:
            return f"{base}/{values['board']}{path}"
        return base + path

    def missing(self, base: str, board: str, extras: Mapping[str, str]) -> list[str]:
        """Placeholders of `base` and the first path this board has no value for."""
        needed = placeholders(base) | placeholders(self.endpoints[0].path)
        return sorted(needed - set(self.values(board, extras)))


def placeholders(template: str) -> set[str]:
    """The `{name}` fields of a URL template."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def job_board(name: str, example_company: str) -> dict[str, Any]:
    """The fields every job board shares: its one board is its own name."""
    return {
        "name": name,
        "kind": Kind.BOARD,
        "token": re.escape(name),
        "token_help": f"a job board: its one board is {name!r}",
        "example": {"company": example_company, "platform": name, "board": name},
    }
