"""CLI command `jobwatch report`: the static comparison site (index of roles + pair pages)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from jobwatch.cli.context import Context, pass_ctx
from jobwatch.cli.options import week_option

if TYPE_CHECKING:
    import datetime as dt


@click.command()
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    metavar="DIR",
    help="Where to write the site. Default: $JOBWATCH_HOME/site",
)
@click.option(
    "--pair",
    "pairs",
    multiple=True,
    metavar='"A|B"',
    help="A role pair to compare (repeatable). Default: AI/ML Engineer|AI Software Engineer, "
    "MLOps Engineer|AI Software Engineer, every pair among the 6 largest roles, and each "
    "other role with the role sharing most of its top skills.",
)
@week_option("Week to report. Default: the latest.")
@pass_ctx
def report(ctx: Context, out: Path | None, pairs: tuple[str, ...], week: dt.date | None) -> None:
    """Write the comparison site: an index of roles, a page per role and one per role pair.

    The pages are static HTML with inline SVG charts (no external requests: they work offline).
    The site is built beside DIR and swapped in whole, so a reader never sees half of it.

    \b
    Example:
      jobwatch report
      jobwatch report --out /tmp/site --pair "MLOps Engineer|AI Software Engineer"
    """
    from jobwatch.cli.cmd_query import week_text
    from jobwatch.reports.site import build_site

    ctx.start("report")
    result = build_site(ctx.paths.home, out, list(pairs) or None, week_text(week))
    n, roles = len(result.pairs), len(result.roles)
    click.echo(
        f"site for the week of {result.week}: {n} comparison page{'' if n == 1 else 's'}, "
        f"{roles} role page{'' if roles == 1 else 's'}"
    )
    for note in result.skipped:
        click.echo(f"  skipped {note}")
    click.echo(f"open {result.index}")


COMMANDS: list[click.Command] = [report]
