"""Companies as data: load `sources.yaml` (company, platform, board, the platform's own fields).

The schema of an entry is its platform's declaration (crawlers/platform.py): the board token's
shape, and the extra fields it takes (Lever's `host: eu`, a JSON-LD site's `url` and `follow`).
Every row may also say where it came from and what the company is (META_FIELDS), and whether the
weekly run crawls it (`enabled: false`: kept, but only re-probed monthly).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from jobwatch.core.errors import UserError
from jobwatch.crawlers.platform import MAX_TOKEN, SLUG

DEFAULT_PATH = Path(__file__).with_name("sources.yaml")
COMMON_FIELDS = ("company", "platform", "board")
# Facts about the row, whatever its platform: which list or person it came from, the company's
# website and industry, whether it is an AI company, whether the weekly run crawls it, a note.
META_FIELDS = ("origin", "website", "industry", "ai", "enabled", "note")
FLAGS = ("ai", "enabled")
# The shape any board token keeps, whatever its platform: slugs, `/`-separated (tenant/site).
ANY_TOKEN = rf"{SLUG}(?:/{SLUG})*"
# libyaml's loader: ~20x faster than the pure-Python one, and still ~75x slower than JSON on the
# shipped registry (12,000 rows: 0.9 s of CPU against 0.012 s), so the parsed rows are kept in a
# JSON twin beside the file (`.sources.yaml.parsed`), used while the file's digest matches.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Source:
    company: str
    platform: str
    board: str
    host: str | None = None  # a regional or numbered API host, None for the platform's default
    extras: tuple[tuple[str, str], ...] = ()  # the platform's other fields, in declared order
    origin: str = ""  # e.g. "jobseek+stapply", "jobwatch", "discovered"; "" = written by the user
    website: str = ""
    industry: str = ""
    ai: bool = False
    enabled: bool = True
    note: str = ""

    def values(self) -> dict[str, str]:
        """Every platform field of the entry (host included) by name."""
        host = {"host": self.host} if self.host is not None else {}
        return host | dict(self.extras)

    @property
    def key(self) -> tuple[str, str]:
        return self.platform, self.board


def _flag(value: object, name: str, where: str) -> bool:
    if isinstance(value, bool):
        return value
    if str(value).strip().lower() in ("true", "false", "yes", "no"):
        return str(value).strip().lower() in ("true", "yes")
    raise UserError(f"{where}: {name} must be true or false, got {value!r}")


def _meta(raw: dict[object, object], where: str) -> dict[str, object]:
    """The META_FIELDS of a row, typed (flags are booleans, the rest text)."""
    meta: dict[str, object] = {}
    for name in META_FIELDS:
        value = raw.get(name)
        if value is None:
            continue
        meta[name] = _flag(value, name, where) if name in FLAGS else str(value).strip()
    return meta


def _entry(raw: object, where: str) -> Source:
    from jobwatch.crawlers import platforms  # the declarations import spiders, which import us

    if not isinstance(raw, dict):
        raise UserError(f"{where}: expected a mapping with company, platform, board")
    missing = [k for k in COMMON_FIELDS if not str(raw.get(k) or "").strip()]
    if missing:
        raise UserError(f"{where}: missing {', '.join(missing)}")
    name, board = str(raw["platform"]).strip().lower(), str(raw["board"]).strip()
    meta = _meta(raw, where)
    if name not in platforms.declared():
        return _undeclared(raw, where, name, board, meta)
    platform = platforms.get(name)
    if problem := platform.token_problem(board):
        raise UserError(f"{where}: board {board!r} {problem}")
    values: dict[str, str] = {}
    for name, value in raw.items():
        if name in COMMON_FIELDS or name in META_FIELDS or value is None:
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
    company = str(raw["company"]).strip()
    return Source(company, platform.name, board, host, extras, **meta)  # type: ignore[arg-type]


def _undeclared(
    raw: dict[object, object], where: str, platform: str, board: str, meta: dict[str, object]
) -> Source:
    """A row of a platform this version does not know (a typo, or a registry written for a newer
    jobwatch): kept, so its crawl fails alone and says why instead of failing the whole run."""
    if len(board) > MAX_TOKEN or not re.fullmatch(ANY_TOKEN, board):
        raise UserError(f"{where}: board {board[:40]!r} is not a valid board token")
    skip = (*COMMON_FIELDS, *META_FIELDS)
    fields = {str(k): str(v).strip() for k, v in raw.items() if k not in skip and v}
    host = fields.pop("host", None)
    extras = tuple(sorted(fields.items()))
    company = str(raw["company"]).strip()
    return Source(company, platform, board, host, extras, **meta)  # type: ignore[arg-type]


def load_sources(path: Path | str | None = None) -> list[Source]:
    """Every entry of a sources file (default: crawlers/sources.yaml), validated."""
    path = Path(path) if path is not None else DEFAULT_PATH
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise UserError(f"sources file not found: {path}") from None
    return list(_load(path.resolve(), stat.st_mtime_ns, stat.st_size))


def parsed_yaml(path: Path) -> object:
    """The file's YAML document, from its JSON twin when that was made from these very bytes."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"sources file not found: {path}") from None
    digest = hashlib.blake2b(raw, digest_size=16).hexdigest()
    twin = path.with_name(f".{path.name}.parsed")
    try:
        cached = json.loads(twin.read_bytes())
        if cached.get("digest") == digest:
            return cached["data"]
    except (OSError, ValueError, AttributeError):
        pass
    try:
        data = yaml.load(raw.decode("utf-8", errors="replace"), Loader=LOADER)
    except yaml.YAMLError as exc:
        raise UserError(f"sources file {path} is not valid YAML: {exc}") from None
    _write_twin(twin, {"digest": digest, "data": data})
    return data


def _write_twin(twin: Path, value: dict[str, object]) -> None:
    """Best effort: an unwritable folder (an installed package) only costs the YAML parse."""
    tmp = twin.with_name(f"{twin.name}.tmp-{os.getpid()}")
    try:
        tmp.write_text(json.dumps(value, default=str), encoding="utf-8")
        os.replace(tmp, twin)
    except OSError:
        tmp.unlink(missing_ok=True)


@lru_cache(maxsize=8)
def _load(path: Path, mtime_ns: int, size: int) -> tuple[Source, ...]:
    """Read and validate once per version of a file (a crawl reads its registry three times)."""
    data = parsed_yaml(path)
    if not isinstance(data, list):
        raise UserError(f"sources file {path}: expected a list of entries")
    sources = [_entry(raw, f"{path} entry {i + 1}") for i, raw in enumerate(data)]
    seen: set[tuple[str, str]] = set()
    for s in sources:
        if s.key in seen:
            raise UserError(f"sources file {path}: {s.platform} board {s.board!r} listed twice")
        seen.add(s.key)
    return tuple(sources)


def boards_for(platform: str, path: Path | str | None = None) -> list[str]:
    """Board tokens of one platform that the weekly run crawls, in file order."""
    return [s.board for s in load_sources(path) if s.platform == platform and s.enabled]


def registry_for(platform: str, path: Path | str | None = None) -> dict[str, Source]:
    """The entries of one platform by board token (company names, platform fields)."""
    return {s.board: s for s in load_sources(path) if s.platform == platform}
