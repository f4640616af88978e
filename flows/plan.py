"""How a run splits its work into coarse tasks: crawl shards and normalization partitions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from jobwatch.core.layout import POSTINGS
from jobwatch.crawlers import platforms
from jobwatch.crawlers.platform import Extraction, Kind, placeholders
from jobwatch.pipeline.lake import finished_crawl_dirs, output_dir

if TYPE_CHECKING:
    from collections.abc import Container
    from pathlib import Path

    from jobwatch.crawlers.platform import Platform
    from jobwatch.crawlers.sources import Source

# A handful of coarse tasks, never one per posting: each Prefect task costs ~11 ms and the
# ephemeral API drops events under bursts (docs/design.md, notes on the parts).
DEFAULT_PARTITIONS = 4
# A crawl's request budget (SOURCE_REQUEST_BUDGET) covers one crawl process, so a shard holds the
# boards its budget covers: one page and its retries a board, or a list and ~100 details a board.
REQUESTS_PER_BOARD = {Extraction.ARCHIVE: 4, Extraction.CALLBACK: 200}


@dataclass(frozen=True)
class CrawlShard:
    """One crawl task: a source and its boards (None = the source's one feed, a job board).
    Shards of one `lane` run one after another: they knock on the same API host."""

    source: str
    boards: list[str] | None
    lane: str = ""

    @property
    def name(self) -> str:
        return self.source if self.boards is None else f"{self.source}-{self.boards[0]}"


def chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def shard_boards(platform: Platform) -> int:
    """Boards per shard: as many as the crawl's request budget covers (one page and its retries
    a board; ~100 postings with their details a board on list+detail platforms)."""
    per_board = REQUESTS_PER_BOARD[platform.extraction]
    return max(1, platform.request_budget // per_board)


def shared_host(platform: Platform, mirrored: bool) -> bool:
    """Every board of the platform on one API host (Greenhouse), not one host a company?"""
    if mirrored or platform.base_url is None:
        return False
    return not placeholders(platform.base_url)


def crawl_shards(
    sources: list[Source], shard_size: int | None = None, mirrored: Container[str] = ()
) -> list[CrawlShard]:
    """The run's crawl tasks: per source, shards of at most `shard_size` boards (default: what
    its request budget covers); a job board is one shard. `mirrored`: sources on a mirror."""
    by_source: dict[str, list[str]] = {}
    for entry in sources:
        by_source.setdefault(entry.platform, []).append(entry.board)
    shards: list[CrawlShard] = []
    for source, boards in sorted(by_source.items()):
        platform = platforms.declared().get(source)
        if platform is None or platform.kind is Kind.BOARD:
            shards.append(CrawlShard(source, None if platform else boards, source))
            continue
        parts = chunks(boards, shard_size or shard_boards(platform))
        one_lane = shared_host(platform, source in mirrored)
        shards += [
            CrawlShard(source, part, source if one_lane else f"{source}-{part[0]}")
            for part in parts
        ]
    return shards


def pending_crawl_dirs(home: Path) -> list[Path]:
    """Finished crawl dirs not yet normalized at this taxonomy version (any week, any run)."""
    return [d for d in finished_crawl_dirs(home) if not (output_dir(home, d) / POSTINGS).exists()]


def deal(todo: list[str], partitions: int) -> list[list[str]]:
    """Items dealt round-robin into at most `partitions` non-empty lists."""
    count = max(1, min(partitions, len(todo)))
    return [part for part in (todo[i::count] for i in range(count)) if part]


def normalize_partitions(home: Path, partitions: int = DEFAULT_PARTITIONS) -> list[list[str]]:
    """Pending crawl dirs dealt round-robin into at most `partitions` non-empty lists."""
    return deal([str(d) for d in pending_crawl_dirs(home)], partitions)
