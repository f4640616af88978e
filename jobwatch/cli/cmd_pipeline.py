"""CLI commands of one stage each: crawl a source, normalize raw postings."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from jobwatch.cli import render_pipeline
from jobwatch.cli.context import Context, pass_ctx
from jobwatch.cli.options import (
    ALLOW_ANY_WEEK,
    SET_OPTION,
    SOURCES_FILE,
    base_url_option,
    week_option,
)
from jobwatch.core.config import check_week
from jobwatch.core.errors import UserError
from jobwatch.core.progress import progress

if TYPE_CHECKING:
    import datetime as dt


@click.command()
@click.argument("source")
@click.option(
    "--board",
    "boards",
    multiple=True,
    metavar="TOKEN",
    help="Board token to crawl (repeatable). Default: every enabled board of SOURCE in the "
    "registry.",
)
@base_url_option(
    "Crawl a mirror or replay server instead of the real API: scheme://host[:port][/prefix] "
    "(the API path is appended)."
)
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="FILE.jsonl",
    help="Write the postings to this file instead of the raw lake (refuses to replace an "
    "existing file without --force; a crawl that fails leaves it as it was).",
)
@click.option("--force", is_flag=True, help="Let --out replace an existing file.")
@week_option("Week the crawl belongs to. Default: this week.")
@ALLOW_ANY_WEEK
@SOURCES_FILE
@SET_OPTION
@pass_ctx
def crawl(
    ctx: Context,
    /,
    source: str,
    boards: tuple[str, ...],
    base_url: str | None,
    out: Path | None,
    force: bool,
    week: dt.date | None,
    allow_any_week: bool,
    sources_file: Path | None,
    crawl_settings: dict[str, str],
) -> int:
    """Crawl one SOURCE (e.g. greenhouse) into raw postings, one JSON object a line.

    \b
    Example:
      jobwatch crawl greenhouse --board anthropic --out anthropic.jsonl
      jobwatch crawl greenhouse --base-url http://127.0.0.1:8000 --board acme --set DOWNLOAD_DELAY=0
    """
    from jobwatch.crawlers.run import crawl as run_crawl

    if week is not None:
        check_week(week, allow_any=allow_any_week)
    if out is not None and out.exists() and not force:
        raise UserError(f"{out} exists; pass --force to replace it")
    ctx.start("crawl")
    click.echo(f"crawling {source} ...", err=True)
    result = run_crawl(
        source,
        list(boards) or None,
        week=week,
        base_url=base_url,
        out=out,
        home=ctx.paths.home,
        sources_file=sources_file,
        settings=crawl_settings,
    )
    render_pipeline.crawl_summary(result, ctx.log_file, out)
    return 0 if result.status != "failed" else 1


def outside_raw_lake(target: Path, raw: Path) -> None:
    """The raw lake is written by crawls only: a normalized file there would replace raw lines."""
    where = target.resolve()
    if where.is_relative_to(raw.resolve()) or any(p.startswith("crawl=") for p in where.parts):
        raise UserError(
            f"{target} is inside the raw lake ({raw}), which only crawls write: "
            "choose another --out"
        )


@click.command()
@click.option(
    "--in",
    "in_path",
    type=click.Path(path_type=Path, exists=True),
    metavar="FILE.jsonl",
    help="Raw postings to classify (one JSON object a line, as `crawl --out` writes them). "
    "Default: everything in the raw lake.",
)
@click.option(
    "--out",
    "out_path",
    type=click.Path(path_type=Path),
    metavar="FILE.jsonl|.parquet",
    help="Where to write the classified postings (.jsonl or .parquet). Needs --in; never the "
    "input itself or a file in the raw lake. Default: FILE.normalized.jsonl beside the input.",
)
@click.option(
    "--force",
    is_flag=True,
    help="Classify again the crawls already classified with this version of the rules.",
)
@pass_ctx
def normalize(ctx: Context, in_path: Path | None, out_path: Path | None, force: bool) -> None:
    """Classify role, seniority, skills, salary and location of raw postings.

    \b
    Example:
      jobwatch normalize --in anthropic.jsonl --out anthropic.parquet
      jobwatch normalize            # every crawl in the raw lake not yet classified
    """
    from jobwatch.pipeline.normalize import normalize_file, normalize_lake

    if in_path is not None:
        target = out_path or in_path.with_name(in_path.stem + ".normalized.jsonl")
        outside_raw_lake(target, ctx.paths.raw)
        ctx.start("normalize")
        result = normalize_file(in_path, target)
    elif out_path is not None:
        raise click.UsageError("--out needs --in (the lake is normalized in place)")
    else:
        ctx.start("normalize")
        with progress("normalize") as advance:
            result = normalize_lake(ctx.paths.home, force=force, on_progress=advance)
    render_pipeline.normalize_summary(result, ctx.log_file)


COMMANDS = [crawl, normalize]
