"""The weekly flow's tasks: each a thin call into a library; retries with backoff on I/O only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from prefect import task
from prefect.artifacts import create_markdown_artifact
from prefect.client.schemas.objects import State
from prefect.states import Completed
from prefect.tasks import exponential_backoff

from jobwatch.core.errors import UserError
from jobwatch.core.plain import plain_dict
from jobwatch.core.progress import emit
from jobwatch.crawlers.run import crawl_in_subprocess
from jobwatch.flows import remote, storage
from jobwatch.flows.changes import week_changes
from jobwatch.flows.report import ARTIFACT_KEY, run_report
from jobwatch.flows.summary import (
    board_names,
    crawl_summary,
    describe_crawl,
    failed_boards,
    listed,
)
from jobwatch.pipeline.normalize import normalize_lake
from jobwatch.reports.site import build_site
from jobwatch.warehouse.build import build
from jobwatch.warehouse.export import export_week


def retry_io(task: Any, task_run: Any, state: Any) -> bool:
    """Retry I/O failures; a user error (bad source, bad URL) fails the same way every time."""
    try:
        state.result()
    except UserError:
        return False
    except Exception:
        return True
    return False


IO: dict[str, Any] = {
    "retries": 2,
    "retry_delay_seconds": exponential_backoff(10),
    "retry_condition_fn": retry_io,
}


@task(task_run_name="crawl-{name}", **IO)
def crawl_source(
    name: str,
    source: str,
    boards: list[str] | None,
    week: dt.date,
    base_url: str | None,
    sources_file: str | None,
    home: str,
    settings: dict[str, str] | None = None,
) -> dict[str, Any] | State[Any]:
    # Each crawl runs in its own process: Twisted's reactor cannot be restarted in this one.
    emit(f"crawl {name}: started")
    result = crawl_in_subprocess(
        source,
        boards,
        week=week,
        base_url=base_url,
        home=Path(home),
        sources_file=sources_file,
        settings=settings,
    )
    summary = crawl_summary(result)
    emit(f"crawl {name}: {describe_crawl(summary)}")
    return with_failed_boards(summary)


def with_failed_boards(summary: dict[str, Any]) -> dict[str, Any] | State[Any]:
    """The crawl's summary, as a Completed state named "Completed with failed boards" when a board
    failed or came back partial: the source's task did its work (its other boards loaded), so it
    is not Failed, and Prefect's UI still shows which boards did not."""
    bad = board_names(failed_boards([summary]))
    if not bad:
        return summary
    message = f"failed boards: {listed(bad)}"
    return Completed(name="Completed with failed boards", message=message, data=summary)


@task(task_run_name="crawl-{name}", **IO)
def crawl_to_store(
    name: str,
    store: remote.Store,
    source: str,
    boards: list[str] | None,
    week: dt.date,
    base_url: str | None,
    sources_text: str | None,
    settings: dict[str, str] | None = None,
) -> dict[str, Any] | State[Any]:
    """crawl_source on a worker that shares nothing but the store: its crawl dir is uploaded."""
    emit(f"crawl {name}: started")
    result, uploaded = remote.crawl_to_store(
        store, source, boards, week, base_url, sources_text, settings
    )
    summary = crawl_summary(result)
    summary["uploaded"] = uploaded
    emit(f"crawl {name}: {describe_crawl(summary)}")
    return with_failed_boards(summary)


@task(task_run_name="pull-lake", **IO)
def pull_lake(home: str, lake_url: str) -> dict[str, Any]:
    emit(f"lake: pulling new crawls from {lake_url}")
    return plain_dict(storage.pull_lake(Path(home), lake_url))


@task(task_run_name="push-lake", **IO)
def push_lake(home: str, lake_url: str) -> dict[str, Any]:
    result = storage.push_lake(Path(home), lake_url)
    emit(f"lake: {len(result.crawl_dirs)} crawl dir(s) uploaded to {lake_url}")
    return plain_dict(result)


@task(task_run_name="normalize-{index}-of-{count}")
def normalize_partition(home: str, crawl_dirs: list[str], index: int, count: int) -> dict[str, Any]:
    # One partitioning layer at a time. Several partitions: the task runner spreads them over its
    # workers, and each task normalizes its crawl dirs whole (no byte ranges to split and merge
    # again). One partition (one big crawl): its byte-range parts go to every core here.
    emit(f"normalize {index}/{count}: started ({len(crawl_dirs)} crawl dirs)")
    dirs = [Path(d) for d in crawl_dirs]
    if count == 1:
        return plain_dict(normalize_lake(Path(home), crawl_dirs=dirs))
    return plain_dict(normalize_lake(Path(home), crawl_dirs=dirs, workers=1, part_bytes=None))


@task(task_run_name="normalize-{index}-of-{count}", **IO)
def normalize_in_store(
    store: remote.Store, crawl_dirs: list[str], index: int, count: int
) -> dict[str, Any]:
    # Each partition's byte-range parts go to every core of the worker that takes it.
    emit(f"normalize {index}/{count}: started ({len(crawl_dirs)} crawl dirs, from the store)")
    return plain_dict(remote.normalize_in_store(store, crawl_dirs))


@task(task_run_name="pull-store", **IO)
def pull_store(home: str, store: remote.Store) -> dict[str, Any]:
    emit(f"lake: copying new crawls from {store.lake_url} and {store.normalized_url}")
    return remote.pull_store(Path(home), store)


@task(task_run_name="load-and-check")
def build_stage(home: str, min_salary_n: int) -> dict[str, Any]:
    emit("load: building the warehouse from the lakes and running the checks")
    return plain_dict(build(Path(home), min_salary_n=min_salary_n))


@task(task_run_name="export-{week}", **IO)
def export_stage(home: str, week: dt.date) -> dict[str, Any]:
    emit(f"export: week {week}")
    return plain_dict(export_week(Path(home), week))


@task(task_run_name="push-export", **IO)
def push_export(exports: str, week: dt.date, export_url: str) -> dict[str, Any]:
    emit(f"export: uploading week {week} to {export_url}")
    return plain_dict(storage.push_export(Path(exports), week, export_url))


@task(task_run_name="pages")
def pages_stage(home: str) -> dict[str, Any]:
    """The static comparison site (jobwatch.reports.site), swapped in atomically."""
    emit("pages: started")
    return plain_dict(build_site(Path(home)))


@task(task_run_name="report")
def publish_report(
    summary: dict[str, Any], home: str, failures: list[tuple[str, int]] | None = None
) -> str:
    """The run's markdown artifact; week-over-week changes only when a warehouse was built."""
    built = failures is None
    changes = week_changes(Path(home), dt.date.fromisoformat(summary["week"])) if built else None
    markdown = run_report(summary, changes, failures)
    create_markdown_artifact(markdown, key=ARTIFACT_KEY, description=summary["status"])
    return markdown
