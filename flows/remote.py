"""Share-nothing work: a crawl shard or a normalization partition in a scratch home of its own.

With both a raw lake URL and a normalized lake URL, the flow's tasks share nothing with the flow
host but that object store: each one runs in a temporary directory on whatever worker takes it
(a Dask worker on another machine), reads its input from the store, writes its output there, and
leaves nothing behind. The sources file travels as text in the task's arguments.
"""

from __future__ import annotations

import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jobwatch.core.config import paths
from jobwatch.crawlers.run import crawl_in_subprocess
from jobwatch.flows import storage
from jobwatch.flows.plan import deal
from jobwatch.pipeline.normalize import TAXONOMY_VERSION, normalize_lake

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator

    from jobwatch.crawlers.result import CrawlResult
    from jobwatch.pipeline.batch import NormalizeResult


@dataclass(frozen=True)
class Store:
    """Where the lakes live when the tasks share nothing but the object store."""

    lake_url: str  # the raw lake
    normalized_url: str  # the normalized lake (taxonomy=V/... below it)


@contextmanager
def scratch_home() -> Iterator[Path]:
    """A home of the task's own, removed afterwards whatever happens."""
    home = Path(tempfile.mkdtemp(prefix="jobwatch-task-"))
    try:
        yield home
    finally:
        shutil.rmtree(home, ignore_errors=True)


def crawl_to_store(
    store: Store,
    source: str,
    boards: list[str] | None,
    week: dt.date,
    base_url: str | None,
    sources_text: str | None,
    settings: dict[str, str] | None,
) -> tuple[CrawlResult, list[str]]:
    """Crawl into a scratch home, then upload the finished crawl dir (marker last)."""
    with scratch_home() as home:
        sources_file = None
        if sources_text is not None:
            sources_file = home / "sources.yaml"
            sources_file.write_text(sources_text, encoding="utf-8")
        result = crawl_in_subprocess(
            source,
            boards,
            week=week,
            base_url=base_url,
            home=home,
            sources_file=str(sources_file) if sources_file else None,
            settings=settings,
        )
        pushed = storage.push_lake(home, store.lake_url)
    return result, pushed.crawl_dirs


def normalize_in_store(store: Store, crawl_dirs: list[str]) -> NormalizeResult:
    """Download these raw crawl dirs, normalize them on every core here, upload the output."""
    with scratch_home() as home:
        storage.pull_lake(home, store.lake_url, only=crawl_dirs)
        raw = paths(home).raw
        result = normalize_lake(home, crawl_dirs=[raw / rel for rel in crawl_dirs])
        storage.push_normalized(home, store.normalized_url, TAXONOMY_VERSION)
    return result


def store_partitions(store: Store, partitions: int) -> list[list[str]]:
    """Raw crawl dirs of the store not yet normalized, dealt into at most `partitions` lists."""
    todo = storage.unnormalized(store.lake_url, store.normalized_url, TAXONOMY_VERSION)
    return deal(todo, partitions)


def pull_store(home: Path, store: Store) -> dict[str, Any]:
    """The flow host's copy for the warehouse build: the crawl dirs it does not have yet."""
    raw = storage.pull_lake(home, store.lake_url)
    normalized = storage.pull_normalized(home, store.normalized_url, TAXONOMY_VERSION)
    return {"raw": raw.crawl_dirs, "normalized": normalized.crawl_dirs}
