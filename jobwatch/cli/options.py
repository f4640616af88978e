"""Options shared by `jobwatch refresh` and `jobwatch schedule`: scale-out and remote storage."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from jobwatch.core.config import parse_week
from jobwatch.core.errors import UserError

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

# Kept here, not imported from flows: importing flows sets Prefect env defaults too early.
RUNNERS = ("thread", "dask")

SCALE_OUT = [
    click.option(
        "--task-runner",
        type=click.Choice(RUNNERS),
        default="thread",
        show_default=True,
        help="Where crawl shards and normalization partitions run: threads here, or Dask.",
    ),
    click.option(
        "--dask-address",
        metavar="ADDR",
        help="Scheduler of an existing Dask cluster (tcp://host:8786). Default: a LocalCluster.",
    ),
    click.option(
        "--dask-workers",
        type=click.IntRange(1),
        default=2,
        show_default=True,
        help="Worker processes of the LocalCluster started when no --dask-address is given.",
    ),
    click.option(
        "--shard-size",
        type=click.IntRange(1),
        help="Boards per crawl task (each its own crawl dir). Default: one task per source.",
    ),
    click.option(
        "--partitions",
        type=click.IntRange(1),
        default=4,
        show_default=True,
        help="Normalization tasks: the new crawl dirs are split into at most this many.",
    ),
    click.option(
        "--lake-url",
        envvar="JOBWATCH_LAKE_URL",
        metavar="URL",
        help="Remote raw lake (any fsspec URL, e.g. s3://bucket/jobwatch/raw); synced both ways.",
    ),
    click.option(
        "--normalized-url",
        envvar="JOBWATCH_NORMALIZED_URL",
        metavar="URL",
        help="Remote normalized lake; with --lake-url the crawl and normalize tasks share nothing"
        " with this host but the two lakes (Dask workers on other machines).",
    ),
    click.option(
        "--export-url",
        envvar="JOBWATCH_EXPORT_URL",
        metavar="URL",
        help="Remote exports (any fsspec URL): the week's snapshot is uploaded, manifest last.",
    ),
]


def parse_settings(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> dict[str, str]:
    """`--set NAME=VALUE` pairs as a dict, as `scrapy crawl -s` takes them (values stay text:
    Scrapy's getbool/getfloat read "False" and "0")."""
    settings: dict[str, str] = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip() or not name.strip().isidentifier():
            raise click.BadParameter(f"{item!r} is not NAME=VALUE (e.g. DOWNLOAD_DELAY=0)")
        settings[name.strip()] = value
    return settings


SET_OPTION = click.option(
    "--set",
    "crawl_settings",
    multiple=True,
    metavar="NAME=VALUE",
    callback=parse_settings,
    help="A Scrapy setting for every crawl of the run (repeatable), as `scrapy crawl -s` takes it,"
    " e.g. --set DOWNLOAD_DELAY=0 --set AUTOTHROTTLE_ENABLED=False for your own mirror.",
)


def scale_out_options(command: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(SCALE_OUT):
        command = option(command)
    return command


def _week(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    try:
        return parse_week(value)
    except UserError as exc:
        raise click.BadParameter(str(exc)) from None


def week_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--week YYYY-MM-DD, parsed into the Monday of its week (a bad date is a usage error)."""
    return click.option("--week", metavar="YYYY-MM-DD", callback=_week, help=help_text)


ALLOW_ANY_WEEK = click.option(
    "--allow-any-week",
    is_flag=True,
    help="Allow a --week before 2020-01-06 (a backfill of real history).",
)


def _base_url(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An empty --base-url (an unset shell variable) must never mean "the real API"."""
    if value is None:
        return None
    from jobwatch.crawlers.spiders.base import normalize_base_url

    try:
        return normalize_base_url(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def base_url_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option("--base-url", metavar="URL", callback=_base_url, help=help_text)


def _base_urls(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> Any:
    """Repeatable `--base-url [PLATFORM=]URL` as a BaseUrls (crawlers/mirrors.py)."""
    from jobwatch.crawlers.mirrors import BaseUrls, parse_base_urls

    try:
        return BaseUrls.checked(*parse_base_urls(values))
    except UserError as exc:
        raise click.BadParameter(str(exc)) from None


BASE_URLS = click.option(
    "--base-url",
    "base_urls",
    multiple=True,
    metavar="[PLATFORM=]URL",
    callback=_base_urls,
    help="Crawl a mirror, caching proxy or replay instead of the real APIs: URL for every "
    "platform, PLATFORM=URL for one (repeatable; the others stay real), "
    "scheme://host[:port][/prefix].",
)
SOURCES_FILE = click.option(
    "--sources-file",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="The registry of job boards to read. Default: $JOBWATCH_HOME/sources.yaml (a copy of "
    "the shipped registry, made on first use; edit it).",
)
AI_ONLY = click.option(
    "--ai-only", is_flag=True, help="Only the boards of AI companies (registry rows `ai: true`)."
)


MIN_SALARY_N = click.option(
    "--min-salary-n",
    type=click.IntRange(1),
    default=10,
    show_default=True,
    help="Salary figures with fewer postings are suppressed (NULL).",
)
