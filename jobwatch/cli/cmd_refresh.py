"""CLI command `jobwatch refresh`: the weekly flow, from crawl to pages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from jobwatch.cli import render_pipeline
from jobwatch.cli.context import Context, pass_ctx
from jobwatch.cli.options import (
    AI_ONLY,
    ALLOW_ANY_WEEK,
    BASE_URLS,
    MIN_SALARY_N,
    SET_OPTION,
    SOURCES_FILE,
    scale_out_options,
    week_option,
)
from jobwatch.cli.output import echo_json
from jobwatch.core.config import check_week
from jobwatch.core.errors import RunFailed
from jobwatch.core.runlock import refresh_lock

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from jobwatch.crawlers.mirrors import BaseUrls


@click.command()
@week_option("Week to refresh. Default: this week (with --sample: the newest sample week).")
@ALLOW_ANY_WEEK
@click.option(
    "--sample",
    is_flag=True,
    help="Crawl the bundled offline sample, served on 127.0.0.1 by a replay server.",
)
@BASE_URLS
@SOURCES_FILE
@AI_ONLY
@MIN_SALARY_N
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as JSON.")
@SET_OPTION
@scale_out_options
@pass_ctx
def refresh(
    ctx: Context,
    /,
    week: dt.date | None,
    allow_any_week: bool,
    sample: bool,
    base_urls: BaseUrls,
    sources_file: Path | None,
    ai_only: bool,
    min_salary_n: int,
    as_json: bool,
    crawl_settings: dict[str, str],
    **scale: Any,
) -> int:
    """Run the weekly refresh (Prefect flow): crawl, normalize, load, check, export, pages.

    One refresh per data directory at a time; Ctrl-C stops it at once and publishes nothing
    more (the next refresh resumes).

    \b
    Example:
      jobwatch refresh --sample                 # offline, bundled sample sources
      jobwatch refresh --week 2026-11-16        # the registry's boards, real APIs
      jobwatch refresh --ai-only                # only the AI companies' boards
      jobwatch refresh --sample --task-runner dask --shard-size 5
      jobwatch refresh --base-url http://mirror:8080 --set DOWNLOAD_DELAY=0
      jobwatch refresh --base-url greenhouse=http://gh-proxy:8080 --base-url lever=http://lv:8081
      jobwatch refresh --lake-url s3://bucket/jobwatch/raw --export-url s3://bucket/jobwatch/exports
    """
    if week is not None:  # before Prefect starts; the flow checks it again
        check_week(week, allow_any=allow_any_week)
    with refresh_lock(ctx.paths.home):  # another run's lock: one line before Prefect starts
        pass
    ctx.start("refresh")
    click.echo("starting the weekly-refresh flow (Prefect) ...", err=True)
    from jobwatch.cli.interrupt import abort_on_interrupt
    from jobwatch.flows.scale import run_weekly_refresh

    with abort_on_interrupt():
        try:
            summary = run_weekly_refresh(
                scale,
                week=week.isoformat() if week else None,
                allow_any_week=allow_any_week,
                sample=sample,
                base_url=base_urls.default,
                base_urls=dict(base_urls.per_platform) or None,
                ai_only=ai_only,
                sources_file=str(sources_file) if sources_file else None,
                home=str(ctx.paths.home),
                min_salary_n=min_salary_n,
                crawl_settings=crawl_settings or None,
            )
        except RunFailed as exc:
            if exc.summary and not as_json:
                render_pipeline.refresh_summary(exc.summary, ctx.paths, ctx.log_file)
            raise
    if as_json:
        echo_json(summary)
    else:
        render_pipeline.refresh_summary(summary, ctx.paths, ctx.log_file)
    return 0


COMMANDS = [refresh]
