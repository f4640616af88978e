"""CLI commands that move data: crawl, normalize, refresh."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from jobwatch.cli import render
from jobwatch.cli.context import Context, echo_json, pass_ctx
from jobwatch.cli.options import SET_OPTION, scale_out_options
from jobwatch.core.config import parse_week
from jobwatch.core.progress import progress


@click.command()
@click.argument("source")
@click.option(
    "--board",
    "boards",
    multiple=True,
    metavar="TOKEN",
    help="Board token to crawl (repeatable). Default: every board of SOURCE in sources.yaml.",
)
@click.option(
    "--base-url",
    metavar="URL",
    help="Scheme, host, port (and path prefix) of a mirror or replay; the API path is appended.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    metavar="FILE.jsonl",
    help="Write RawPosting lines here instead of the raw lake.",
)
@click.option("--week", metavar="YYYY-MM-DD", help="Week the crawl belongs to. Default: this week.")
@click.option(
    "--sources-file",
    type=click.Path(path_type=Path, exists=True),
    help="Registry of companies/boards. Default: crawlers/sources.yaml.",
)
@SET_OPTION
@pass_ctx
def crawl(
    ctx: Context,
    source: str,
    boards: tuple[str, ...],
    base_url: str | None,
    out: Path | None,
    week: str | None,
    sources_file: Path | None,
    crawl_settings: dict[str, str],
) -> int:
    """Crawl one SOURCE (e.g. greenhouse) into RawPosting JSON lines.

    \b
    Example:
      jobwatch crawl greenhouse --board anthropic --out anthropic.jsonl
      jobwatch crawl greenhouse --base-url http://127.0.0.1:8000 --board acme --set DOWNLOAD_DELAY=0
    """
    from jobwatch.crawlers.run import crawl as run_crawl

    ctx.start("crawl")
    click.echo(f"crawling {source} ...", err=True)
    result = run_crawl(
        source,
        list(boards) or None,
        week=parse_week(week),
        base_url=base_url,
        out=out,
        home=ctx.paths.home,
        sources_file=sources_file,
        settings=crawl_settings,
    )
    render.crawl_summary(result, ctx.log_file)
    return 0 if result.status != "failed" else 1


@click.command()
@click.option(
    "--in",
    "in_path",
    type=click.Path(path_type=Path, exists=True),
    metavar="FILE.jsonl",
    help="RawPosting lines to normalize. Default: everything in the raw lake.",
)
@click.option(
    "--out",
    "out_path",
    type=click.Path(path_type=Path),
    metavar="FILE.jsonl|.parquet",
    help="Where to write normalized postings (format by suffix). Needs --in.",
)
@click.option("--force", is_flag=True, help="Re-normalize crawls already done at this taxonomy.")
@pass_ctx
def normalize(ctx: Context, in_path: Path | None, out_path: Path | None, force: bool) -> None:
    """Classify role, seniority, skills, salary and location of raw postings.

    \b
    Example:
      jobwatch normalize --in anthropic.jsonl --out anthropic.parquet
      jobwatch normalize            # the whole raw lake, at the current taxonomy version
    """
    from jobwatch.pipeline.normalize import normalize_file, normalize_lake

    ctx.start("normalize")
    if in_path is not None:
        target = out_path or in_path.with_name(in_path.stem + ".normalized.jsonl")
        result = normalize_file(in_path, target)
    elif out_path is not None:
        raise click.UsageError("--out needs --in (the lake is normalized in place)")
    else:
        with progress("normalize") as advance:
            result = normalize_lake(ctx.paths.home, force=force, on_progress=advance)
    render.normalize_summary(result, ctx.log_file)


@click.command()
@click.option(
    "--week",
    metavar="YYYY-MM-DD",
    help="Week to refresh. Default: this week (with --sample: the newest sample week).",
)
@click.option(
    "--sample",
    is_flag=True,
    help="Crawl the bundled offline sample, served on 127.0.0.1 by a replay server.",
)
@click.option("--base-url", metavar="URL", help="Crawl a mirror/replay instead of the real APIs.")
@click.option(
    "--sources-file",
    type=click.Path(path_type=Path, exists=True),
    help="Registry of companies/boards. Default: crawlers/sources.yaml.",
)
@click.option(
    "--min-salary-n",
    type=int,
    default=10,
    show_default=True,
    help="Salary figures with fewer postings are suppressed (NULL).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as JSON.")
@SET_OPTION
@scale_out_options
@pass_ctx
def refresh(
    ctx: Context,
    /,
    week: str | None,
    sample: bool,
    base_url: str | None,
    sources_file: Path | None,
    min_salary_n: int,
    as_json: bool,
    crawl_settings: dict[str, str],
    **scale: Any,
) -> int:
    """Run the weekly refresh (Prefect flow): crawl, normalize, load, check, export, pages.

    \b
    Example:
      jobwatch refresh --sample                 # offline, bundled sample sources
      jobwatch refresh --week 2026-11-16        # the configured real sources
      jobwatch refresh --sample --task-runner dask --shard-size 5
      jobwatch refresh --base-url http://mirror:8080 --set DOWNLOAD_DELAY=0
      jobwatch refresh --lake-url s3://bucket/jobwatch/raw --export-url s3://bucket/jobwatch/exports
    """
    ctx.start("refresh")
    parse_week(week)  # a bad date fails here, before Prefect starts
    click.echo("starting the weekly-refresh flow (Prefect) ...", err=True)
    from jobwatch.flows.scale import run_weekly_refresh

    summary = run_weekly_refresh(
        scale,
        week=week,
        sample=sample,
        base_url=base_url,
        sources_file=str(sources_file) if sources_file else None,
        home=str(ctx.paths.home),
        min_salary_n=min_salary_n,
        crawl_settings=crawl_settings or None,
    )
    if as_json:
        echo_json(summary)
    else:
        render.refresh_summary(summary, ctx.paths, ctx.log_file)
    return 0


COMMANDS = [crawl, normalize, refresh]
