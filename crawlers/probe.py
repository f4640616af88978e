"""Probe job boards and name each one's state: ok, empty, not_found (a stale slug), moved (the
same token answers on another platform) or failing.

A probe is a crawl of the board (real Scrapy with the crawler's own politeness settings: bounded
requests per host, retries, budgets) into a scratch file, never the lake: probing changes no
figure. One crawl process per platform; the platforms, each on its own hosts, run side by side.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from jobwatch.core.config import paths
from jobwatch.crawlers import platforms
from jobwatch.crawlers.mirrors import BaseUrls
from jobwatch.crawlers.platform import Kind
from jobwatch.crawlers.result import CrawlResult

OK, EMPTY, NOT_FOUND, MOVED, FAILING = "ok", "empty", "not_found", "moved", "failing"
STATES = (OK, EMPTY, NOT_FOUND, MOVED, FAILING)
# Crawl processes at once: each crawls one platform, whose hosts no other process touches.
PARALLEL = 4

Key = tuple[str, str]  # (platform, board)
Crawler = Callable[..., CrawlResult]  # crawlers/run.py: crawl_in_subprocess's signature


@dataclass(frozen=True)
class Probe:
    platform: str
    board: str
    state: str
    items: int = 0
    error: str | None = None
    moved_to: Key | None = None  # where a not-found token answers now

    @property
    def key(self) -> Key:
        return self.platform, self.board


def state_of(run: Mapping[str, Any]) -> str:
    """A board's state from its crawl-run row (crawlers/health.py)."""
    if run.get("stale_slug"):
        return NOT_FOUND
    if run.get("status") == "failed":
        return FAILING
    return OK if run.get("items") else EMPTY


def probe(
    keys: Iterable[Key],
    *,
    home: Path,
    target: BaseUrls | None = None,
    sources_file: Path | None = None,
    settings: dict[str, Any] | None = None,
    crawler: Crawler | None = None,
    follow_moves: bool = True,
) -> list[Probe]:
    """Probe every board; a not-found one is tried on the other platforms (moved or not)."""
    run = _Runner(home, target or BaseUrls(), sources_file, settings, crawler)
    keys = list(dict.fromkeys(keys))
    found = run.crawl_all(_by_platform(keys))
    probes = [_probe(key, found.get(key)) for key in keys]
    lost = [p.key for p in probes if p.state == NOT_FOUND] if follow_moves else []
    moved = find_moved(lost, run)
    return [replace(p, state=MOVED, moved_to=moved[p.key]) if p.key in moved else p for p in probes]


def where_moved(
    lost: list[Key],
    *,
    home: Path,
    target: BaseUrls,
    settings: dict[str, Any] | None = None,
    crawler: Crawler | None = None,
) -> dict[Key, Key]:
    """Where each lost (platform, board) answers with postings now (crawls the other platforms)."""
    return find_moved(lost, _Runner(home, target, None, settings, crawler))


def find_moved(lost: list[Key], run: _Runner) -> dict[Key, Key]:
    """Where each lost token answers with postings now, on the platform with the most of them."""
    wanted: dict[str, list[str]] = {}
    for platform, board in lost:
        for other in movable(board, platform, run.target):
            wanted.setdefault(other, []).append(board)
    found = run.crawl_all(wanted)
    moved: dict[Key, Key] = {}
    for platform, board in lost:
        answers = [
            (int(r["items"]), other)
            for (other, token), r in found.items()
            if token == board and other != platform and state_of(r) == OK
        ]
        if answers:
            moved[(platform, board)] = (max(answers)[1], board)
    return moved


def movable(board: str, platform: str, target: BaseUrls) -> list[str]:
    """The other company-board platforms this token could live on (its shape fits, and the
    platform's request needs nothing a registry row would add, such as Workday's host)."""
    names = []
    for name, other in platforms.declared().items():
        if name == platform or other.kind is not Kind.ATS or other.token_problem(board):
            continue
        base = target.for_source(name) or other.base_url or ""
        if any(e.required for e in other.extras) or other.missing(base, board, {}):
            continue
        names.append(name)
    return names


class _Runner:
    """Crawls boards grouped by platform, side by side, into a scratch directory."""

    def __init__(
        self,
        home: Path,
        target: BaseUrls,
        sources_file: Path | None,
        settings: dict[str, Any] | None,
        crawler: Crawler | None,
    ) -> None:
        from jobwatch.crawlers.run import crawl_in_subprocess

        self.home, self.target, self.sources_file = home, target, sources_file
        self.settings = settings or {}
        self.crawler = crawler or crawl_in_subprocess

    def crawl_all(self, boards: Mapping[str, list[str]]) -> dict[Key, dict[str, Any]]:
        """The crawl-run row of every board, by (platform, board)."""
        if not boards:
            return {}
        with (
            tempfile.TemporaryDirectory(prefix="jobwatch-probe-") as tmp,
            ThreadPoolExecutor(max_workers=PARALLEL) as pool,
        ):
            jobs = sorted(boards.items())
            results = list(pool.map(lambda job: self._crawl(job[0], job[1], Path(tmp)), jobs))
        return {(r["source"], r["board"]): r for result in results for r in result.runs}

    def _crawl(self, platform: str, boards: list[str], tmp: Path) -> CrawlResult:
        return self.crawler(
            platform,
            boards,
            base_url=self.target.for_source(platform),
            out=tmp / f"{platform}.jsonl",
            home=self.home,
            sources_file=self.sources_file,
            settings=self.settings,
        )


def _by_platform(keys: list[Key]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for platform, board in keys:
        grouped.setdefault(platform, []).append(board)
    return grouped


def _probe(key: Key, run: Mapping[str, Any] | None) -> Probe:
    if run is None:
        return Probe(*key, FAILING, error="the probe crawl ended before this board was read")
    return Probe(*key, state_of(run), int(run.get("items") or 0), run.get("error"))


def record(home: Path, probes: list[Probe], when: dt.datetime | None = None) -> Path:
    """Append the probes to `boards/probes.jsonl` under the home (the history of states)."""
    path = paths(home).probes
    path.parent.mkdir(parents=True, exist_ok=True)
    stamp = (when or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    with path.open("a", encoding="utf-8") as out:
        for p in probes:
            out.write(json.dumps({"probed_at": stamp} | asdict(p)) + "\n")
    return path


def latest(home: Path) -> dict[Key, dict[str, Any]]:
    """Each board's latest probe (a damaged line is skipped: the history is advisory)."""
    path = paths(home).probes
    found: dict[Key, dict[str, Any]] = {}
    for line in path.read_text(encoding="utf-8").splitlines() if path.is_file() else []:
        try:
            row = json.loads(line)
            found[(row["platform"], row["board"])] = row
        except (ValueError, KeyError, TypeError):
            continue
    return found
