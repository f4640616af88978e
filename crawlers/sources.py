"""Companies as data: load `sources.yaml` (company, platform, board, host), boards per platform."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from jobwatch.core.errors import UserError

DEFAULT_PATH = Path(__file__).with_name("sources.yaml")
# Board tokens become file names in the raw lake: no separators, no leading "_" or ".".
BOARD_TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
# Platforms with regional API hosts: `host: eu` sends a Lever board to api.eu.lever.co.
HOSTS = {"lever": ("eu",)}


@dataclass(frozen=True)
class Source:
    company: str
    platform: str
    board: str
    host: str | None = None  # a regional API host (HOSTS), None for the platform's default


def _entry(raw: object, where: str) -> Source:
    if not isinstance(raw, dict):
        raise UserError(f"{where}: expected a mapping with company, platform, board")
    missing = [k for k in ("company", "platform", "board") if not str(raw.get(k) or "").strip()]
    if missing:
        raise UserError(f"{where}: missing {', '.join(missing)}")
    board = str(raw["board"]).strip()
    if not BOARD_TOKEN.match(board):
        raise UserError(f"{where}: board {board!r} is not a valid board token")
    platform = str(raw["platform"]).strip().lower()
    host = str(raw["host"]).strip().lower() if raw.get("host") else None
    if host is not None and host not in HOSTS.get(platform, ()):
        known = ", ".join(HOSTS.get(platform, ())) or "none"
        raise UserError(f"{where}: unknown {platform} host {host!r} (known: {known})")
    return Source(str(raw["company"]).strip(), platform, board, host)


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
    """The entries of one platform by board token (company names, hosts)."""
    return {s.board: s for s in load_sources(path) if s.platform == platform}
