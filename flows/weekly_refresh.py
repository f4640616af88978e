"""The weekly refresh flow: crawl every source, normalize, build + check the warehouse, export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from prefect import flow, task

from crawlers.replay import ReplayServer
from crawlers.run import crawl_in_subprocess
from crawlers.sources import load_sources
from flows.summary import crawl_summary, describe_crawl, failed_boards, plain, run_status
from jobwatch.config import home_dir, parse_week, week_of
from jobwatch.progress import emit, progress
from jobwatch.sample import SAMPLE_ROOT, SAMPLE_SOURCES, latest_sample_week
from pipeline.normalize import normalize_lake
from warehouse.build import build
from warehouse.export import export_week


@task(task_run_name="crawl-{source}", retries=1, retry_delay_seconds=10)
def crawl_source(
    source: str, week: dt.date, base_url: str | None, sources_file: str | None, home: str
) -> dict[str, Any]:
    # Each crawl runs in its own process: Twisted's reactor cannot be restarted in this one.
    emit(f"crawl {source}: started")
    result = crawl_in_subprocess(
        source, week=week, base_url=base_url, home=Path(home), sources_file=sources_file
    )
    summary = crawl_summary(result)
    emit(f"crawl {source}: {describe_crawl(summary)}")
    return summary


@task(task_run_name="normalize")
def normalize_stage(home: str) -> dict[str, Any]:
    # Everything in the raw lake not yet normalized at this taxonomy version, not only this run's.
    with progress("normalize") as advance:
        result = plain(normalize_lake(Path(home), on_progress=advance))
    emit(f"normalize: {result.get('postings', 0)} postings, {result.get('quarantined', 0)} bad")
    return result


@task(task_run_name="load-and-check")
def build_stage(home: str, min_salary_n: int) -> dict[str, Any]:
    emit("load: building the warehouse from the lakes and running the checks")
    return plain(build(Path(home), min_salary_n=min_salary_n))


@task(task_run_name="export-{week}", retries=1, retry_delay_seconds=5)
def export_stage(home: str, week: dt.date) -> dict[str, Any]:
    emit(f"export: week {week}")
    return plain(export_week(Path(home), week))


@contextmanager
def crawl_target(
    sample: bool, week: dt.date, base_url: str | None, sources_file: str | None
) -> Iterator[tuple[str | None, str | None]]:
    """Where to crawl: the real sources, a mirror (base_url), or the bundled sample on loopback."""
    if not sample:
        yield base_url, sources_file
        return
    with ReplayServer(SAMPLE_ROOT, week=week) as server:
        yield server.base_url, str(SAMPLE_SOURCES)


def platforms(sources_file: str | None) -> list[str]:
    return sorted({s.platform for s in load_sources(Path(sources_file) if sources_file else None)})


@flow(name="weekly-refresh")
def weekly_refresh(
    week: str | None = None,
    sample: bool = False,
    base_url: str | None = None,
    sources_file: str | None = None,
    home: str | None = None,
    min_salary_n: int = 10,
) -> dict[str, Any]:
    """Refresh one week end to end; returns the run summary (see flows/summary.py)."""
    home = str(home or home_dir())
    default = latest_sample_week() if sample else week_of(dt.datetime.now(dt.UTC).date())
    the_week = parse_week(week) or default
    with crawl_target(sample, the_week, base_url, sources_file) as (url, sfile):
        futures = [crawl_source.submit(p, the_week, url, sfile, home) for p in platforms(sfile)]
        crawls = [f.result() for f in futures]
    normalized = normalize_stage(home)
    built = build_stage(home, min_salary_n)
    exported = export_stage(home, the_week)
    return {
        "week": the_week.isoformat(),
        "status": run_status(crawls),
        "failed_boards": failed_boards(crawls),
        "crawls": crawls,
        "normalized": normalized,
        "warehouse": built,
        "export": exported,
    }
