"""`jobwatch schedule`: serve the weekly-refresh flow on a cron schedule."""

from __future__ import annotations

from typing import Any

import click

from jobwatch.cli.context import Context, pass_ctx
from jobwatch.cli.options import AI_ONLY, BASE_URLS, MIN_SALARY_N, SET_OPTION, SOURCES_FILE


@click.command()
@click.option(
    "--cron",
    default="0 6 * * 1",
    show_default=True,
    help="When to run (cron: minute hour day month weekday). Default: Mondays 06:00.",
)
@click.option("--timezone", default="UTC", show_default=True, help="Time zone of --cron.")
@click.option("--sample", is_flag=True, help="Each run crawls the bundled offline sample.")
@SOURCES_FILE
@BASE_URLS
@AI_ONLY
@click.option("--name", default="weekly", show_default=True, help="Deployment name.")
@MIN_SALARY_N
@click.option("--lake-url", envvar="JOBWATCH_LAKE_URL", metavar="URL", help="Remote raw lake.")
@click.option(
    "--normalized-url",
    envvar="JOBWATCH_NORMALIZED_URL",
    metavar="URL",
    help="Remote normalized lake.",
)
@click.option("--export-url", envvar="JOBWATCH_EXPORT_URL", metavar="URL", help="Remote exports.")
@SET_OPTION
@pass_ctx
def schedule(
    ctx: Context, /, cron: str, timezone: str, name: str, base_urls: Any, **params: Any
) -> None:
    """Serve the weekly refresh on a schedule until Ctrl-C (or SIGTERM).

    With PREFECT_API_URL set, the deployment is created on that Prefect server. Otherwise a
    local Prefect server is started (SQLite under $JOBWATCH_HOME/prefect, a free port on
    127.0.0.1) and stopped again on exit: Prefect's ephemeral API cannot run schedules.

    \b
    Example:
      jobwatch schedule                          # Mondays 06:00 UTC, the configured sources
      jobwatch schedule --cron "30 5 * * 1" --timezone Europe/Berlin
      jobwatch schedule --ai-only --sources-file my-boards.yaml
      PREFECT_API_URL=http://prefect:4200/api jobwatch schedule --sample
    """
    from jobwatch.flows.schedule import serve_weekly

    ctx.start("schedule")
    if params.get("sources_file"):  # each run reads the registry anew: a path, not its content
        params["sources_file"] = str(params["sources_file"].resolve())
    params |= {"base_url": base_urls.default, "base_urls": dict(base_urls.per_platform)}
    flow_params = {key: value for key, value in params.items() if value not in (None, False, {})}
    serve_weekly(ctx.paths.home, cron, timezone, flow_params, name)


COMMANDS: list[click.Command] = [schedule]
