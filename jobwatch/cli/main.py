"""The `jobwatch` command: a thin CLI over the crawlers, pipeline, warehouse and flow libraries."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

import click

from jobwatch import __version__
from jobwatch.cli.context import Context
from jobwatch.core.errors import RunFailed, UserError
from jobwatch.core.printable import printable


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option(
    "--home",
    type=click.Path(path_type=Path),
    envvar="JOBWATCH_HOME",
    help="Data directory (raw lake, warehouse, exports, logs). Default: ./data",
)
@click.option("--debug", is_flag=True, help="Debug logs, and the full trace on errors.")
@click.version_option(__version__, prog_name="jobwatch")
@click.pass_context
def cli(ctx: click.Context, home: Path | None, debug: bool) -> None:
    """jobwatch: weekly job-posting crawls -> normalized postings -> DuckDB -> role statistics.

    \b
    Quick start (offline, bundled sample sources):
      jobwatch refresh --sample
      jobwatch compare "AI/ML Engineer" "AI Software Engineer"
      jobwatch sql "select role, count(*) from postings group by 1"
    """
    ctx.obj = Context(home, debug)


def main(argv: list[str] | None = None) -> int:
    """Entry point: runs the CLI; a failure is one clear line (the trace only with --debug)."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    try:
        result = cli.main(args=args, prog_name="jobwatch", standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("aborted", err=True)
        return 130
    except click.UsageError as exc:
        where = exc.ctx.command_path if exc.ctx else "jobwatch"
        click.echo(f"error: {one_line(exc.format_message())} (see `{where} --help`)", err=True)
        return 2
    except click.ClickException as exc:
        click.echo(f"error: {one_line(exc.format_message())}", err=True)
        return 2
    except UserError as exc:
        if debug:
            traceback.print_exc()
        click.echo(f"error: {one_line(str(exc))}", err=True)
        return 2
    except RunFailed as exc:
        if debug:
            traceback.print_exc()
        click.echo(f"error: {one_line(str(exc))}", err=True)
        click.echo("(the log file has the full trace; --debug prints it)", err=True)
        return 1
    except Exception as exc:
        if debug:
            traceback.print_exc()
        click.echo(f"error: {type(exc).__name__}: {one_line(str(exc))}", err=True)
        if not debug:
            click.echo("(run with --debug for the full trace)", err=True)
        return 1
    return result if isinstance(result, int) else 0


def one_line(message: str) -> str:
    """A message as one printable line (errors can quote a server's or a file's text)."""
    return " ".join(printable(message).split())


def register() -> None:
    from jobwatch.cli import (
        cmd_eval,
        cmd_pipeline,
        cmd_query,
        cmd_refresh,
        cmd_report,
        cmd_schedule,
        cmd_sources,
    )

    modules = (
        cmd_pipeline,
        cmd_refresh,
        cmd_query,
        cmd_sources,
        cmd_eval,
        cmd_schedule,
        cmd_report,
    )
    for module in modules:
        for command in module.COMMANDS:
            cli.add_command(command)


register()
