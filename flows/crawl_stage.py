"""The weekly run's crawl stage: what to crawl, where, and the shards run lane by lane."""

from __future__ import annotations

from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from prefect.futures import PrefectFuture, wait

from jobwatch.core.progress import emit
from jobwatch.crawlers.mirrors import BaseUrls
from jobwatch.crawlers.registry_file import registry_path
from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.sample import SAMPLE_ROOT, SAMPLE_SOURCES
from jobwatch.crawlers.sources import load_sources
from jobwatch.flows.plan import CrawlShard, crawl_shards
from jobwatch.flows.summary import crashed_crawl
from jobwatch.flows.tasks import crawl_source, crawl_to_store
from jobwatch.warehouse.registry_health import board_health, next_run

# Crawl processes at once (each a Scrapy process of ~100-200 MB): the lanes beyond wait for a
# slot. The sources of the old one-shard-per-source plan were about this many.
PARALLEL_CRAWLS = 8

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator

    from jobwatch.flows.remote import Store


@contextmanager
def crawl_target(
    sample: bool, week: dt.date, urls: BaseUrls, sources_file: str | None, home: str
) -> Iterator[tuple[BaseUrls, str]]:
    """Where to crawl (the real sources, mirrors, or the bundled sample on loopback) and the
    registry to read (`sources_file`, else the user's under the home)."""
    if not sample:
        yield urls, str(registry_path(sources_file, Path(home)))
        return
    with ReplayServer(SAMPLE_ROOT, week=week) as server:
        yield BaseUrls(server.base_url), str(SAMPLE_SOURCES)


def plan_crawls(
    target: tuple[BaseUrls, str], home: str, week: dt.date, shard_size: int | None, ai_only: bool
) -> tuple[list[CrawlShard], dict[str, Any]]:
    """The run's shards: the registry's enabled boards and the disabled ones due a re-probe."""
    urls, sfile = target
    sources = load_sources(sfile)
    boards = next_run(sources, board_health(Path(home)), week, ai_only=ai_only)
    mirrored = {s.platform for s in boards if urls.for_source(s.platform)}
    per_platform = dict(sorted(Counter(s.platform for s in boards).items()))
    planned = {
        "registry": sfile,
        "boards": len(boards),
        "reprobes": sum(not s.enabled for s in boards),
        "platforms": per_platform,
        "ai_only": ai_only,
    }
    emit(f"plan: {len(boards):,} boards on {len(per_platform)} platforms from {sfile}")
    return crawl_shards(boards, shard_size, mirrored), planned


def crawl_all(
    shards: list[CrawlShard],
    week: dt.date,
    target: tuple[BaseUrls, str],
    home: str,
    settings: dict[str, str] | None = None,
    store: Store | None = None,
    parallel: int = PARALLEL_CRAWLS,
) -> list[dict[str, Any]]:
    """At most `parallel` crawls at once, one per lane, the shards of a lane one after another
    (one API host); a shard that fails after its retries becomes a failed source. Results in
    shard order. With a `store` each crawl goes to the object store from a scratch home of its
    worker, the registry travelling as text (the worker shares no file with this host)."""
    urls, sfile = target
    text = Path(sfile).read_text(encoding="utf-8") if store is not None else None
    lanes: dict[str, list[int]] = {}
    for i, shard in enumerate(shards):
        lanes.setdefault(shard.lane or shard.name, []).append(i)
    idle = list(lanes)  # lanes waiting for a free slot, in plan order
    running: dict[str, tuple[int, PrefectFuture[dict[str, Any]]]] = {}

    def start(lane: str) -> None:
        i = lanes[lane].pop(0)
        s = shards[i]
        url = urls.for_source(s.source)
        if store is None:
            local = (s.name, s.source, s.boards, week, url, sfile, home, settings)
            future = crawl_source.submit(*local)
        else:
            args = (s.name, store, s.source, s.boards, week, url, text, settings)
            future = crawl_to_store.submit(*args)
        # a task ending "Completed with failed boards" still gives its summary as the result
        running[lane] = (i, cast("PrefectFuture[dict[str, Any]]", future))

    crawls: dict[int, dict[str, Any]] = {}
    while idle or running:
        while idle and len(running) < max(1, parallel):
            start(idle.pop(0))
        done = wait([f for _, f in running.values()], timeout=1.0).done
        for lane in [lane for lane, (_, f) in running.items() if f in done]:
            i, future = running.pop(lane)
            crawls[i] = _outcome(shards[i], future)
            if lanes[lane]:
                idle.insert(0, lane)  # the lane's next shard goes before lanes not started
    return [crawls[i] for i in range(len(shards))]


def _outcome(shard: CrawlShard, future: PrefectFuture[dict[str, Any]]) -> dict[str, Any]:
    future.wait()  # done already; this sets its final state (`state` may still say Running)
    if future.state.is_completed():
        return future.result()
    reason = future.state.message or "the crawl task failed"
    emit(f"crawl {shard.name}: failed after retries: {reason}")
    return crashed_crawl(shard.source, shard.boards, reason)
