"""Companies as data: load `sources.yaml` (company, platform, board, the platform's own fields).

The schema of an entry is its platform's declaration (crawlers/platform.py): the board token's
shape, and the extra fields it takes (Lever's `host: eu`, a JSON-LD site's `url` and `follow`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from jobwatch.core.errors import UserError
from jobwatch.crawlers.platform import MAX_TOKEN, SLUG

DEFAULT_PATH = Path(__file__).with_name("sources.yaml")
COMMON_FIELDS = ("company", "platform", "board")
# The shape any board token keeps, whatever its platform: slugs, `/`-separated (tenant/site).
ANY_TOKEN = rf"{SLUG}(?:/{SLUG})*"


@dataclass(frozen=True)
class Source:
    company: str
    platform: str
    board: str
    host: str | None = None  # a regional or numbered API host, None for the platform's default
    extras: tuple[tuple[str, str], ...] = ()  # the platform's other fields, in declared order

    def values(self) -> dict[str, str]:
        """Every platform field of the entry (host included) by name."""
        host = {"host": self.host} if self.host is not None else {}
        return host | dict(self.extras)


def _entry(raw: object, where: str) -> Source:
    from jobwatch.crawlers import platforms  # the declarations import spiders, which import us

    if not isinstance(raw, dict):
        raise UserError(f"{where}: expected a mapping with company, platform, board")
    missing = [k for k in COMMON_FIELDS if not str(raw.get(k) or "").strip()]
    if missing:
        raise UserError(f"{where}: missing {', '.join(missing)}")
    name, board = str(raw["platform"]).strip().lower(), str(raw["board"]).strip()
    if name not in platforms.declared():
        return _undeclared(raw, where, name, board)
    platform = platforms.get(name)
    if problem := platform.token_problem(board):
        raise UserError(f"{where}: board {board!r} {problem}")
    values: dict[str, str] = {}
    for name, value in raw.items():
        if name in COMMON_FIELDS or value is None:
            continue
        extra = platform.extra(str(name))
        text = extra.read(value) if extra else str(value).strip()
        if problem := platform.extra_problem(str(name), text):
            raise UserError(f"{where}: {platform.name} board {board!r}: {problem}")
        values[str(name)] = text
    if absent := [e.name for e in platform.extras if e.required and e.name not in values]:
        raise UserError(f"{where}: {platform.name} board {board!r} needs {', '.join(absent)}")
    host = values.pop("host", None)
    extras = tuple((e.name, values[e.name]) for e in platform.extras if e.name in values)
    return Source(str(raw["company"]).strip(), platform.name, board, host, extras)


def _undeclared(raw: dict[str, object], where: str, platform: str, board: str) -> Source:
    """A row of a platform this version does not know (a typo, or a registry written for a newer
    jobwatch): kept, so its crawl fails alone and says why instead of failing the whole run."""
    if len(board) > MAX_TOKEN or not re.fullmatch(ANY_TOKEN, board):
        raise UserError(f"{where}: board {board[:40]!r} is not a valid board token")
    fields = {str(k): str(v).strip() for k, v in raw.items() if k not in COMMON_FIELDS and v}
    host = fields.pop("host", None)
    return Source(str(raw["company"]).strip(), platform, board, host, tuple(sorted(fields.items())))


def load_sources(path: Path | str | None = None) -> list[Source]:
    """Every entry of a sources file (default: crawlers/sources.yaml), validated."""
    path = Path(path) if path is not None else DEFAULT_PATH
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"sources file not found: {path}") from None
    except yaml.YAMLError as exc:
        raise UserError(f"sources file {path} is not valid YAML: {exc}") from None
    if not isinstance(data, list):
        raise UserError(f"sources file {path}: expected a list of entries")
    sources = [_entry(raw, f"{path} entry {i + 1}") for i, raw in enumerate(data)]
    seen: set[tuple[str, str]] = set()
    for s in sources:
        if (s.platform, s.board) in seen:
            raise UserError(f"sources file {path}: {s.platform} board {s.board!r} listed twice")
        seen.add((s.platform, s.board))
    return sources


def boards_for(platform: str, path: Path | str | None = None) -> list[str]:
    """Board tokens of one platform, in file order."""
    return [s.board for s in load_sources(path) if s.platform == platform]


def registry_for(platform: str, path: Path | str | None = None) -> dict[str, Source]:
    """The entries of one platform by board token (company names, platform fields)."""
    return {s.board: s for s in load_sources(path) if s.platform == platform}
