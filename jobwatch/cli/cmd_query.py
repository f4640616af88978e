"""CLI commands that read the warehouse: stats, compare, sql, export, status."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

import click

from jobwatch.cli import render, render_status
from jobwatch.cli.context import Context, pass_ctx
from jobwatch.cli.options import week_option
from jobwatch.cli.output import chosen, echo_json, format_options

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator

    import duckdb


@contextlib.contextmanager
def readonly(ctx: Context) -> Iterator[duckdb.DuckDBPyConnection]:
    from jobwatch.warehouse.connect import connect_readonly

    con = connect_readonly(ctx.paths.home)
    try:
        yield con
    finally:
        con.close()


def week_text(week: dt.date | None) -> str | None:
    return week.isoformat() if week else None


@click.command()
@click.option("--role", metavar="ROLE", help='One role by display name, e.g. "MLOps Engineer".')
@week_option("Week to report. Default: the latest.")
@format_options
@pass_ctx
def stats(ctx: Context, role: str | None, week: dt.date | None, fmt: str | None) -> None:
    """Per-role statistics of one week (every figure with its n).

    On a terminal a table; piped or redirected, JSON lines (one object per role).

    \b
    Example:
      jobwatch stats
      jobwatch stats --role "Data Scientist" --json
      jobwatch stats --csv > roles.csv
    """
    from jobwatch.warehouse.stats import role_stats

    with readonly(ctx) as con:
        rows = role_stats(con, role=role, week=week_text(week))
    render.stats_rows(rows, chosen(fmt))


@click.command()
@click.argument("role_a")
@click.argument("role_b")
@week_option("Week to compare. Default: the latest.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (docs/cli-json.md).")
@pass_ctx
def compare(ctx: Context, role_a: str, role_b: str, week: dt.date | None, as_json: bool) -> None:
    """Compare two roles side by side: pay, skills, companies, metros, remote share.

    \b
    Example:
      jobwatch compare "AI/ML Engineer" "AI Software Engineer"
      jobwatch compare "MLOps Engineer" "AI Software Engineer" --json
    """
    from jobwatch.reports.verdict import compare as compare_roles

    with readonly(ctx) as con:
        result = compare_roles(con, role_a, role_b, week=week_text(week))
    echo_json(result) if as_json else render.compare_table(result)


@click.command()
@click.argument("query")
@format_options
@pass_ctx
def sql(ctx: Context, query: str, fmt: str | None) -> None:
    """Run one read-only query against the warehouse.

    Queries only (SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN, PRAGMA, CALL), on the
    warehouse file opened read-only with file, network and extension access turned off
    (docs/threat-model.md). On a terminal a table; piped or redirected, JSON lines.

    \b
    Example:
      jobwatch sql "select role, count(*) from postings group by 1 order by 2 desc"
      jobwatch sql "select * from crawl_runs where status <> 'ok'" --csv
      jobwatch sql "describe postings"
    """
    from jobwatch.warehouse.connect import run_sql

    columns, rows = run_sql(ctx.paths.home, query)
    render.result_rows(columns, rows, chosen(fmt))


@click.command()
@week_option("Week to export. Default: the latest.")
@click.option(
    "--to",
    "to",
    type=click.Path(path_type=Path),
    metavar="DIR",
    help="Export root. Default: $JOBWATCH_HOME/exports",
)
@pass_ctx
def export(ctx: Context, week: dt.date | None, to: Path | None) -> None:
    """Write the week's Parquet snapshot: one dataset folder per table, and a manifest.

    \b
    Example:
      jobwatch export --week 2026-11-16 --to /tmp/snapshots
    """
    from jobwatch.warehouse.export import export_week

    ctx.start("export")
    result = export_week(ctx.paths.home, week, to)
    render.export_summary(result)


@click.command()
@click.option(
    "--clean",
    is_flag=True,
    help="Remove leftovers of interrupted runs older than 6 hours (temp crawl dirs, build files).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (docs/cli-json.md).")
@pass_ctx
def status(ctx: Context, clean: bool, as_json: bool) -> None:
    """Where everything is: the warehouse's weeks and rows per table, the last crawl's health
    (boards ok, partial, failed, with each failure's reason), snapshots, the site, the latest
    log, and leftovers of interrupted runs (ignored by every reader; --clean removes them).

    \b
    Example:
      jobwatch status
      jobwatch status --clean
      jobwatch status --json
    """
    from jobwatch.cli.home_status import home_status
    from jobwatch.core.leftovers import clean_leftovers

    if clean:
        render_status.cleaned(clean_leftovers(ctx.paths))
    data = home_status(ctx.paths)
    echo_json(data) if as_json else render_status.status(data)


COMMANDS = [stats, compare, sql, export, status]
