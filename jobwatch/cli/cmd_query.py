"""CLI commands that read the warehouse: stats, compare, sql, export, status."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

import click

from jobwatch.cli import render
from jobwatch.cli.context import Context, echo_json, pass_ctx
from jobwatch.core.config import parse_week

if TYPE_CHECKING:
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


def week_text(week: str | None) -> str | None:
    parsed = parse_week(week)
    return parsed.isoformat() if parsed else None


@click.command()
@click.option("--role", metavar="ROLE", help='One role by display name, e.g. "MLOps Engineer".')
@click.option("--week", metavar="YYYY-MM-DD", help="Week to report. Default: the latest.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@pass_ctx
def stats(ctx: Context, role: str | None, week: str | None, as_json: bool) -> None:
    """Per-role statistics of one week (every figure with its n).

    \b
    Example:
      jobwatch stats
      jobwatch stats --role "Data Scientist" --json
    """
    from jobwatch.warehouse.stats import role_stats

    with readonly(ctx) as con:
        rows = role_stats(con, role=role, week=week_text(week))
    echo_json(rows) if as_json else render.stats_table(rows)


@click.command()
@click.argument("role_a")
@click.argument("role_b")
@click.option("--week", metavar="YYYY-MM-DD", help="Week to compare. Default: the latest.")
@click.option(
    "--json", "as_json", is_flag=True, help="Print one JSON object (the stable contract)."
)
@pass_ctx
def compare(ctx: Context, role_a: str, role_b: str, week: str | None, as_json: bool) -> None:
    """Compare two roles side by side, like the seed comparison pages.

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
@click.option("--csv", "fmt", flag_value="csv", help="Print CSV.")
@click.option("--json", "fmt", flag_value="json", help="Print a JSON list of objects.")
@pass_ctx
def sql(ctx: Context, query: str, fmt: str | None) -> None:
    """Run read-only SQL against the warehouse.

    \b
    Example:
      jobwatch sql "select role, count(*) from postings group by 1 order by 2 desc"
      jobwatch sql "select * from crawl_runs where status <> 'ok'" --csv
    """
    from jobwatch.warehouse.connect import run_sql

    columns, rows = run_sql(ctx.paths.home, query)
    render.result_rows(columns, rows, fmt)


@click.command()
@click.option("--week", metavar="YYYY-MM-DD", help="Week to export. Default: the latest.")
@click.option(
    "--to",
    "to",
    type=click.Path(path_type=Path),
    metavar="DIR",
    help="Export root. Default: $JOBWATCH_HOME/exports",
)
@pass_ctx
def export(ctx: Context, week: str | None, to: Path | None) -> None:
    """Write the week's Parquet snapshot (postings + marts + manifest.json).

    \b
    Example:
      jobwatch export --week 2026-11-16 --to /tmp/snapshots
    """
    from jobwatch.warehouse.export import export_week

    ctx.start("export")
    result = export_week(ctx.paths.home, parse_week(week), to)
    render.export_summary(result)


@click.command()
@click.option(
    "--clean",
    is_flag=True,
    help="Remove leftovers of interrupted runs older than 6 hours (temp crawl dirs, build files).",
)
@pass_ctx
def status(ctx: Context, clean: bool) -> None:
    """Where everything is: warehouse weeks and tables, latest crawl health, snapshots, logs,
    and leftovers of interrupted runs (ignored by every reader; --clean removes them).

    \b
    Example:
      jobwatch status
      jobwatch status --clean
    """
    from jobwatch.core.leftovers import clean_leftovers, find_leftovers

    if clean:
        render.cleaned(clean_leftovers(ctx.paths))
    render.status(ctx.paths)
    render.leftovers(find_leftovers(ctx.paths))


COMMANDS = [stats, compare, sql, export, status]
