"""Find ATS boards in what was already crawled: addresses of boards (crawlers/board_urls.py) in the
raw lake's postings (apply URLs, descriptions, HN comments, JSON-LD postings) and archived pages,
each candidate with the evidence of where it was seen. Nothing here fetches: the candidates are
validated by crawlers/probe.py before anything is proposed."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jobwatch.core.layout import CRAWL_DIRS, PAGES, RUNS
from jobwatch.crawlers.board_urls import IN_TEXT, BoardRef, boards_in_text

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from pathlib import Path

# Evidence kept per candidate: enough to check it by hand, not every sighting.
EVIDENCE = 5
# An archived page larger than this is not read (a hostile or binary body).
MAX_BODY = 20 * 1024 * 1024


@dataclass
class Candidate:
    ref: BoardRef
    seen: int = 0  # how many postings or pages named it
    evidence: list[dict[str, str]] = field(default_factory=list)

    def add(self, where: dict[str, str]) -> None:
        self.seen += 1
        if len(self.evidence) < EVIDENCE:
            self.evidence.append(where)


def strings(value: Any) -> Iterator[str]:
    """Every string inside a decoded JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def refs_in(text: str) -> list[tuple[BoardRef, str]]:
    """The boards named in a text, HTML entities decoded (`&quot;` ends an address)."""
    return boards_in_text(html.unescape(text)) if IN_TEXT.search(text) else []


def _line_refs(line: str) -> Iterator[tuple[str, BoardRef, str]]:
    """(posting id, board, address) of one raw line; a line that is not JSON is skipped."""
    if not IN_TEXT.search(line):  # most lines name no ATS address: skip the JSON decode
        return
    try:
        row = json.loads(line)
    except ValueError:
        return
    posting = str(row.get("source_id") or "") if isinstance(row, dict) else ""
    for text in strings(row):
        for ref, address in refs_in(text):
            yield posting, ref, address


def scan(raw: Path) -> dict[tuple[str, str], Candidate]:
    """Every board named in the raw lake under `raw`, keyed like the registry dedups."""
    found: dict[tuple[str, str], Candidate] = {}

    def seen(ref: BoardRef, where: dict[str, str]) -> None:
        found.setdefault(ref.key, Candidate(ref)).add(where)

    for crawl in sorted(raw.glob(CRAWL_DIRS)):
        for path in sorted(crawl.iterdir()):
            relative = str(path.relative_to(raw.parent))
            for where, ref in _file_refs(path):
                seen(ref, {"file": relative} | where)
    return found


def _file_refs(path: Path) -> Iterable[tuple[dict[str, str], BoardRef]]:
    name = path.name
    if name.endswith(".body") and path.stat().st_size <= MAX_BODY:
        text = path.read_bytes().decode("utf-8", errors="replace")
        return [({"url": address}, ref) for ref, address in refs_in(text)]
    if name.endswith(".jsonl") and name not in (RUNS, PAGES) and not name.startswith("_"):
        return _jsonl_refs(path)
    return []


def _jsonl_refs(path: Path) -> Iterator[tuple[dict[str, str], BoardRef]]:
    with path.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            for posting, ref, address in _line_refs(line):
                yield {"posting": posting, "url": address}, ref


def new_candidates(
    found: dict[tuple[str, str], Candidate], listed: Iterable[tuple[str, str]], known: Iterable[str]
) -> tuple[list[Candidate], list[Candidate]]:
    """(candidates on a declared platform, candidates on a platform jobwatch cannot crawl yet),
    leaving out the boards the registry lists (tokens compared case-insensitively)."""
    registry = {(platform, board.lower()) for platform, board in listed}
    fresh = [c for key, c in sorted(found.items()) if key not in registry]
    platforms = set(known)
    return [c for c in fresh if c.ref.platform in platforms], [
        c for c in fresh if c.ref.platform not in platforms
    ]


def registry_row(candidate: Candidate, origin: str = "discovered") -> dict[str, Any]:
    """The candidate as a registry row (its platform's fields from the address, e.g. Lever's
    `host: eu`); the company is named after the token until someone names it better."""
    ref = candidate.ref
    row: dict[str, Any] = {"company": ref.board.split("/")[0], "platform": ref.platform}
    return row | {"board": ref.board} | dict(ref.extras) | {"origin": origin}
