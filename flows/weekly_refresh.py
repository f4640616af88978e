"""The weekly refresh flow: crawl, normalize, load + check, export, pages, report; kept thin."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from prefect import flow
from prefect.states import Completed, Failed

from jobwatch.core.config import check_week, home_dir, parse_week
from jobwatch.core.errors import RunFailed, UserError
from jobwatch.core.progress import emit
from jobwatch.core.runlock import refresh_lock
from jobwatch.crawlers.mirrors import BaseUrls
from jobwatch.flows.boards import lifecycle_stage
from jobwatch.flows.changes import sudden_drops
from jobwatch.flows.crawl_stage import crawl_all, crawl_target, plan_crawls
from jobwatch.flows.plan import normalize_partitions
from jobwatch.flows.remote import Store, store_partitions
from jobwatch.flows.run_info import FLOW_NAME, current_run, default_week, run_name
from jobwatch.flows.summary import (
    board_names,
    failed_boards,
    failed_sources,
    listed,
    run_status,
    with_sudden_drops,
)
from jobwatch.flows.tasks import (
    build_stage,
    export_stage,
    normalize_in_store,
    normalize_partition,
    pages_stage,
    publish_report,
    pull_lake,
    pull_store,
    push_export,
    push_lake,
)
from jobwatch.warehouse.build import ChecksFailed
from jobwatch.warehouse.models import CHECKS_DIR

if TYPE_CHECKING:
    import datetime as dt

    from prefect.client.schemas.objects import State


def normalize_all(home: str, partitions: int, store: Store | None = None) -> dict[str, Any]:
    """Everything in the raw lake (this home's, or the store's) not yet normalized, in a few
    coarse partitions."""
    if store is None:
        parts = normalize_partitions(Path(home), partitions)
        emit(f"normalize: started ({len(parts)} partition(s))")
        futures = [
            normalize_partition.submit(home, p, i, len(parts)) for i, p in enumerate(parts, 1)
        ]
    else:
        parts = store_partitions(store, partitions)
        emit(f"normalize: started ({len(parts)} partition(s))")
        futures = [
            normalize_in_store.submit(store, p, i, len(parts)) for i, p in enumerate(parts, 1)
        ]
    total: dict[str, Any] = {"postings": 0, "quarantined": 0, "reasons": {}}
    total["partitions"] = len(parts)
    for result in (f.result() for f in futures):
        total["postings"] += result["postings"]
        total["quarantined"] += result["quarantined"]
        for reason, n in result["reasons"].items():
            total["reasons"][reason] = total["reasons"].get(reason, 0) + n
    emit(f"normalize: {total['postings']} postings, {total['quarantined']} bad")
    return total


def load_or_report(summary: dict[str, Any], home: str, min_salary_n: int) -> State | None:
    """Build + check; when a check fails, publish the report and return the run's Failed state."""
    state = build_stage(home, min_salary_n, return_state=True)
    if state.is_completed():
        summary["warehouse"] = state.result()
        return None
    error = state.result(raise_on_failure=False)
    if isinstance(error, ChecksFailed):
        summary["warehouse"] = {"checks": sorted(p.stem for p in CHECKS_DIR.glob("*.sql"))}
        summary["status"] = "failed: warehouse checks"
        publish_report(summary, home, error.failures)
    return state


def final_state(summary: dict[str, Any]) -> State:
    """Completed, or Completed named after what failed ("Completed with failed boards", "...
    sources"; the message names them); Failed when the pages could not be rendered, after
    everything else was published."""
    if "error" in summary["pages"]:
        message = f"pages failed: {summary['pages']['error']}"
        return Failed(message=message, data=RunFailed(message, summary))
    status = summary["status"]
    if status == "completed":
        return Completed(message="completed", data=summary)
    parts = []
    if summary["failed_sources"]:
        parts.append(f"failed sources: {listed(summary['failed_sources'])}")
    if summary["failed_boards"]:
        parts.append(f"failed boards: {listed(board_names(summary['failed_boards']))}")
    message = "completed with " + "; ".join(parts)
    return Completed(name=status.capitalize(), message=message, data=summary)


def reason(state: State) -> str:
    """A failed task's own one-line reason (its exception's message, not Prefect's wrapping)."""
    error = state.result(raise_on_failure=False)
    if isinstance(error, UserError):
        return str(error)
    if isinstance(error, BaseException):
        return f"{type(error).__name__}: {error}"
    return state.message or "failed"


def refresh_week(sample: bool, week: str | None, allow_any_week: bool) -> dt.date:
    """The week asked for (default: this week, or the newest sample week), within the range
    that check_week allows."""
    the_week = parse_week(week) or default_week(sample)
    check_week(the_week, allow_any=allow_any_week)
    return the_week


@flow(name=FLOW_NAME, flow_run_name=run_name)
def weekly_refresh(
    week: str | None = None,
    sample: bool = False,
    base_url: str | None = None,
    sources_file: str | None = None,
    home: str | None = None,
    min_salary_n: int = 10,
    lake_url: str | None = None,
    export_url: str | None = None,
    normalized_url: str | None = None,
    shard_size: int | None = None,
    partitions: int = 4,
    crawl_settings: dict[str, str] | None = None,
    allow_any_week: bool = False,
    base_urls: dict[str, str] | None = None,
    ai_only: bool = False,
) -> Any:
    """Refresh one week end to end; the result is the run summary (see flows/summary.py).

    `base_url` is a mirror for every platform, `base_urls` one per platform (`jobwatch refresh
    --base-url PLATFORM=URL`); `crawl_settings` are Scrapy settings for every crawl of the run
    (`--set`); `ai_only` crawls the AI companies' boards only. With `lake_url` and `normalized_url`
    the crawl and normalize tasks share nothing with this host but those lakes (flows/remote.py);
    with `lake_url` alone they work in `home`, synced with the remote raw lake. One refresh per
    home at a time (jobwatch/core/runlock.py)."""
    home = str(home or home_dir())
    run = current_run()
    if run["url"]:  # a server: where to follow the run (the ephemeral API ends with the command)
        emit(f"run {run['name']}: {run['url']}")
    the_week = refresh_week(sample, week, allow_any_week)
    urls = BaseUrls.checked(base_url, base_urls)
    store = Store(lake_url, normalized_url) if lake_url and normalized_url else None
    with refresh_lock(Path(home)):
        synced = lake_url if store is None else None  # the raw lake synced with this home
        storage: dict[str, Any] = {"pulled": pull_lake(home, synced)} if synced else {}
        with crawl_target(sample, the_week, urls, sources_file, home) as target:
            shards, planned = plan_crawls(target, home, the_week, shard_size, ai_only)
            crawls = crawl_all(shards, the_week, target, home, crawl_settings, store)
        if synced:
            storage["pushed"] = push_lake(home, synced)
        normalized = normalize_all(home, partitions, store)
        if store is not None:  # the build's copy: only the crawl dirs this host lacks
            storage["pulled"] = pull_store(home, store)
        summary: dict[str, Any] = {
            "week": the_week.isoformat(),
            "run": run,
            "planned": planned,
            "status": run_status(crawls),
            "failed_sources": failed_sources(crawls),
            "failed_boards": failed_boards(crawls),
            "crawls": crawls,
            "normalized": normalized,
            "storage": storage,
        }
        failed = load_or_report(summary, home, min_salary_n)
        if failed is not None:
            return failed
        with_sudden_drops(summary, sudden_drops(Path(home), crawls))
        registry = summary["planned"]["registry"]
        week = the_week.isoformat()
        summary["boards"] = lifecycle_stage(home, registry, week, crawl_settings, urls)
        summary["export"] = export_stage(home, the_week)
        if export_url:
            storage["export"] = push_export(summary["export"]["dir"], the_week, export_url)
        pages = pages_stage(home, return_state=True)
        summary["pages"] = pages.result() if pages.is_completed() else {"error": reason(pages)}
        publish_report(summary, home)
        return final_state(summary)
