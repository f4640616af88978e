"""How a run splits its work into coarse tasks: crawl shards and normalization partitions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jobwatch.core.layout import POSTINGS
from jobwatch.crawlers.sources import load_sources
from jobwatch.pipeline.lake import finished_crawl_dirs, output_dir

# A handful of coarse tasks, never one per posting: each Prefect task costs ~11 ms and the
# ephemeral API drops events under bursts (docs/design.md, notes on the parts).
DEFAULT_PARTITIONS = 4


@dataclass(frozen=True)
class CrawlShard:
    """One crawl task: a source and its boards (None = every board of the source)."""

    source: str
    boards: list[str] | None

    @property
    def name(self) -> str:
        return self.source if self.boards is None else f"{self.source}-{self.boards[0]}"


def chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def crawl_shards(sources_file: str | None, shard_size: int | None = None) -> list[CrawlShard]:
    """One shard per source, or per `shard_size` boards of a source (each its own crawl dir)."""
    by_source: dict[str, list[str]] = {}
    for entry in load_sources(Path(sources_file) if sources_file else None):
        by_source.setdefault(entry.platform, []).append(entry.board)
    shards: list[CrawlShard] = []
    for source, boards in sorted(by_source.items()):
        if not shard_size or shard_size >= len(boards):
            shards.append(CrawlShard(source, None))
        else:
            shards += [CrawlShard(source, part) for part in chunks(boards, shard_size)]
    return shards


def pending_crawl_dirs(home: Path) -> list[Path]:
    """Finished crawl dirs not yet normalized at this taxonomy version (any week, any run)."""
    return [d for d in finished_crawl_dirs(home) if not (output_dir(home, d) / POSTINGS).exists()]


def normalize_partitions(home: Path, partitions: int = DEFAULT_PARTITIONS) -> list[list[str]]:
    """Pending crawl dirs dealt round-robin into at most `partitions` non-empty lists."""
    todo = [str(d) for d in pending_crawl_dirs(home)]
    count = max(1, min(partitions, len(todo)))
    return [part for part in (todo[i::count] for i in range(count)) if part]
